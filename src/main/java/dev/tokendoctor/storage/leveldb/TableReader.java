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
 * Reads a LevelDB table ({@code *.ldb}, {@code *.sst}) one data block at a time: the footer's
 * index handle, the index block, then each data block (checksum verified, Snappy expanded),
 * whose internal keys end with {@code sequence << 8 | type}. A bad block is reported and skipped.
 */
public final class TableReader {

    static final long MAGIC = 0xdb4775248b80fb57L;
    static final int FOOTER_SIZE = 48;
    private static final int TRAILER_SIZE = 5;
    /** No real block is near this; a larger claim is corruption, not a reason to allocate. */
    static final int MAX_BLOCK = 64 << 20;

    private TableReader() {
    }

    public static void read(Path file, RecordVisitor visitor, LongConsumer read) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < FOOTER_SIZE) {
                visitor.problem(RecordVisitor.Problem.TRUNCATED, "shorter than a table footer (" + size + " bytes)");
                read.accept(size);
                return;
            }
            byte[] footer = readAt(channel, size - FOOTER_SIZE, FOOTER_SIZE);
            if (Bytes.fixed64(footer, 40) != MAGIC) {
                visitor.problem(RecordVisitor.Problem.TRUNCATED, "no table magic number at the end (cut short?)");
                read.accept(size);
                return;
            }
            byte[] index;
            try {
                Bytes f = new Bytes(footer, 0, 40);
                Handle.read(f); // the metaindex (filters): not needed to list every key
                index = block(channel, Handle.read(f), size);
            } catch (BlockException e) {
                visitor.problem(e.kind, "index block: " + e.getMessage());
                read.accept(size);
                return;
            } catch (CorruptionException e) {
                visitor.problem(RecordVisitor.Problem.CORRUPT, "footer: " + e.getMessage());
                read.accept(size);
                return;
            }
            long done = 0;
            try {
                BlockEntries indexEntries = new BlockEntries(index);
                while (indexEntries.next()) {
                    Handle handle = Handle.read(new Bytes(indexEntries.value(), 0, indexEntries.value().length));
                    dataBlock(channel, handle, size, visitor);
                    long end = Math.min(size, handle.offset + handle.size + TRAILER_SIZE);
                    read.accept(Math.max(0, end - done));
                    done = Math.max(done, end);
                }
            } catch (CorruptionException e) {
                visitor.problem(RecordVisitor.Problem.CORRUPT, "index block: " + e.getMessage());
            }
            read.accept(Math.max(0, size - done));
        }
    }

    private static void dataBlock(FileChannel channel, Handle handle, long size, RecordVisitor visitor) throws IOException {
        try {
            BlockEntries entries = new BlockEntries(block(channel, handle, size));
            while (entries.next()) {
                byte[] internal = entries.key();
                if (internal.length < 8) {
                    throw new CorruptionException("internal key shorter than 8 bytes");
                }
                long tag = Bytes.fixed64(internal, internal.length - 8);
                byte[] userKey = java.util.Arrays.copyOf(internal, internal.length - 8);
                int type = (int) (tag & 0xFF);
                visitor.record(userKey, tag >>> 8, type == LogReader.TYPE_VALUE ? entries.value() : null);
            }
        } catch (BlockException e) {
            visitor.problem(e.kind, "data block at " + handle.offset + ": " + e.getMessage());
        } catch (CorruptionException e) {
            visitor.problem(RecordVisitor.Problem.CORRUPT, "data block at " + handle.offset + ": " + e.getMessage());
        }
    }

    /** A block's contents: bounds, checksum and compression checked. */
    static byte[] block(FileChannel channel, Handle handle, long fileSize) throws IOException, BlockException {
        if (handle.size > MAX_BLOCK || handle.offset + handle.size + TRAILER_SIZE > fileSize) {
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
            if (!Snappy.isValidCompressedBuffer(raw, 0, n)) {
                throw new BlockException(RecordVisitor.Problem.BAD_COMPRESSION, "invalid Snappy data");
            }
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
