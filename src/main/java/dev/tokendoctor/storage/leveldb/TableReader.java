package dev.tokendoctor.storage.leveldb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongConsumer;
import org.xerial.snappy.Snappy;
import org.xerial.snappy.SnappyError;

/**
 * Reads a LevelDB table ({@code *.ldb}, {@code *.sst}) one data block at a time (see
 * {@link TableIterator}). A bad block is reported and skipped.
 */
public final class TableReader {

    static final long MAGIC = 0xdb4775248b80fb57L;
    static final int FOOTER_SIZE = 48;
    private static final int TRAILER_SIZE = 5;
    /** No real block is near this; a larger claim is corruption, not a reason to allocate. */
    static final int MAX_BLOCK = 64 << 20;

    private TableReader() {
    }

    /** Streams every record of {@code file} to {@code visitor} in key order; {@code read} is told bytes consumed. */
    public static void read(Path file, RecordVisitor visitor, LongConsumer read) throws IOException {
        try (TableIterator table = TableIterator.open(file, visitor, read)) {
            while (table.next()) {
                visitor.record(table.userKey(), table.sequence(), table.value());
            }
        }
    }

    /** Whether a block handle lies inside a file of {@code fileSize} bytes (overflow-safe: handles come from the file). */
    static boolean fits(Handle handle, long fileSize) {
        return handle.offset >= 0 && handle.size >= 0 && handle.size <= MAX_BLOCK
                && handle.offset <= fileSize - TRAILER_SIZE - handle.size;
    }

    /** A block's contents: bounds, checksum and compression checked. */
    static byte[] block(FileChannel channel, Handle handle, long fileSize) throws IOException, BlockException {
        if (!fits(handle, fileSize)) {
            throw new BlockException(RecordVisitor.Problem.TRUNCATED, "block of " + handle.size + " bytes at "
                    + handle.offset + " lies past the end of the file");
        }
        int n = (int) handle.size;
        byte[] raw = readAt(channel, handle.offset, n + TRAILER_SIZE);
        byte type = raw[n];
        if (Crc32c.maskedOfBlock(raw, 0, n, type) != Bytes.fixed32(raw, n + 1)) {
            throw new BlockException(RecordVisitor.Problem.BAD_CHECKSUM, "checksum mismatch");
        }
        if (type == 0) {
            return java.util.Arrays.copyOf(raw, n);
        }
        if (type != 1) {
            throw new BlockException(RecordVisitor.Problem.BAD_COMPRESSION, "unknown compression type " + type);
        }
        try {
            int length = Snappy.uncompressedLength(raw, 0, n);
            if (length < 0 || length > MAX_BLOCK) {
                throw new BlockException(RecordVisitor.Problem.BAD_COMPRESSION, "Snappy length " + length);
            }
            byte[] out = new byte[length];
            Snappy.uncompress(raw, 0, n, out, 0);
            return out;
        } catch (IOException | SnappyError e) {
            throw new BlockException(RecordVisitor.Problem.BAD_COMPRESSION, "Snappy: " + e.getClass().getSimpleName());
        }
    }

    static byte[] readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new java.io.EOFException("end of file at " + (position + buffer.position()));
            }
        }
        return buffer.array();
    }

    /** Offset and size of a block, two varints. */
    record Handle(long offset, long size) {
        static Handle read(Bytes b) throws CorruptionException {
            return new Handle(b.varint64(), b.varint64());
        }
    }

    static final class BlockException extends Exception {
        final RecordVisitor.Problem kind;

        BlockException(RecordVisitor.Problem kind, String message) {
            super(message);
            this.kind = kind;
        }
    }
}
