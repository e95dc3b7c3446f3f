package dev.tokendoctor.storage.leveldb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.xerial.snappy.Snappy;
import org.xerial.snappy.SnappyError;

/**
 * Walks a LevelDB table in key order, one data block in memory at a time (two reused buffers):
 * the footer's index handle, the index block, then each data block (checksum verified, Snappy
 * expanded). Internal keys end with {@code sequence << 8 | type}. A bad block is reported to
 * {@code problems} and skipped; nothing in the file's bytes can make it throw anything but an
 * {@link IOException} from the file system.
 */
final class TableIterator implements AutoCloseable {

    private static final int TRAILER_SIZE = 5;

    private final FileChannel channel;
    private final RecordVisitor problems;
    private final LongConsumer read;
    private final long size;
    private BlockEntries index;
    private BlockEntries data;
    private long dataOffset;
    private boolean started;
    private boolean finished;
    private long reported;
    /** Made on first read and dropped at the end: hundreds of tables are open at once, one is read. */
    private byte[] raw;
    private byte[] plain;
    private byte[] userKey;
    private long sequence;
    private byte[] value;

    private TableIterator(FileChannel channel, RecordVisitor problems, LongConsumer read) throws IOException {
        this.channel = channel;
        this.problems = problems;
        this.read = read;
        this.size = channel.size();
    }

    /** Opens the file now (so that a table the browser deletes later stays readable); reads it lazily. */
    static TableIterator open(Path file, RecordVisitor problems, LongConsumer read) throws IOException {
        return new TableIterator(FileChannel.open(file, StandardOpenOption.READ), problems, read);
    }

    byte[] userKey() {
        return userKey;
    }

    long sequence() {
        return sequence;
    }

    /** The value, or null for a deletion. */
    byte[] value() {
        return value;
    }

    /** Moves to the next record; false (and the file closed) at the end. */
    boolean next() throws IOException {
        if (finished) {
            return false;
        }
        if (!started) {
            started = true;
            raw = new byte[8 << 10];
            plain = new byte[8 << 10];
            index = index();
            if (index == null) {
                return finish();
            }
        }
        while (true) {
            if (data != null && entry()) {
                return true;
            }
            data = null;
            if (!nextBlock()) {
                return finish();
            }
        }
    }

    private boolean entry() {
        try {
            if (!data.next()) {
                return false;
            }
            int length = data.keyLength();
            if (length < 8) {
                throw new CorruptionException("internal key shorter than 8 bytes");
            }
            byte[] key = data.keyBuffer();
            long tag = Bytes.fixed64(key, length - 8);
            userKey = Arrays.copyOf(key, length - 8);
            sequence = tag >>> 8;
            value = (tag & 0xFF) == LogReader.TYPE_VALUE ? data.value() : null;
            return true;
        } catch (CorruptionException e) {
            problems.problem(RecordVisitor.Problem.CORRUPT, "data block at " + dataOffset + ": " + e.getMessage());
            return false;
        }
    }

    private BlockEntries index() throws IOException {
        if (size < TableReader.FOOTER_SIZE) {
            problems.problem(RecordVisitor.Problem.TRUNCATED, "shorter than a table footer (" + size + " bytes)");
            return null;
        }
        byte[] footer = new byte[TableReader.FOOTER_SIZE];
        readFully(ByteBuffer.wrap(footer), size - footer.length);
        if (Bytes.fixed64(footer, 40) != TableReader.MAGIC) {
            problems.problem(RecordVisitor.Problem.TRUNCATED, "no table magic number at the end (cut short?)");
            return null;
        }
        try {
            Bytes f = new Bytes(footer, 0, 40);
            TableReader.Handle.read(f); // the metaindex (filters): not needed to list every key
            int length = load(TableReader.Handle.read(f));
            return new BlockEntries(Arrays.copyOf(plain, length), length);
        } catch (TableReader.BlockException e) {
            problems.problem(e.kind, "index block: " + e.getMessage());
        } catch (CorruptionException e) {
            problems.problem(RecordVisitor.Problem.CORRUPT, "footer: " + e.getMessage());
        }
        return null;
    }

    /** Loads the next readable data block; false when the index has no more. */
    private boolean nextBlock() throws IOException {
        while (true) {
            TableReader.Handle handle;
            try {
                if (!index.next()) {
                    return false;
                }
                byte[] h = index.value();
                handle = TableReader.Handle.read(new Bytes(h, 0, h.length));
            } catch (CorruptionException e) {
                problems.problem(RecordVisitor.Problem.CORRUPT, "index block: " + e.getMessage());
                return false;
            }
            dataOffset = handle.offset();
            try {
                int length = load(handle);
                data = new BlockEntries(plain, length);
                return true;
            } catch (TableReader.BlockException e) {
                problems.problem(e.kind, "data block at " + handle.offset() + ": " + e.getMessage());
            } catch (CorruptionException e) {
                problems.problem(RecordVisitor.Problem.CORRUPT, "data block at " + handle.offset() + ": " + e.getMessage());
            } finally {
                progress(handle);
            }
        }
    }

    private void progress(TableReader.Handle handle) {
        if (TableReader.fits(handle, size)) {
            long end = handle.offset() + handle.size() + TRAILER_SIZE;
            if (end > reported) {
                read.accept(end - reported);
                reported = end;
            }
        }
    }

    /** Reads a block into {@code plain}; returns its length. Bounds, checksum and compression checked. */
    private int load(TableReader.Handle handle) throws IOException, TableReader.BlockException {
        if (!TableReader.fits(handle, size)) {
            throw new TableReader.BlockException(RecordVisitor.Problem.TRUNCATED, "block of " + handle.size()
                    + " bytes at " + handle.offset() + " lies outside the file");
        }
        int n = (int) handle.size();
        if (raw.length < n + TRAILER_SIZE) {
            raw = new byte[Math.max(n + TRAILER_SIZE, raw.length * 2)];
        }
        readFully(ByteBuffer.wrap(raw, 0, n + TRAILER_SIZE), handle.offset());
        byte type = raw[n];
        if (Crc32c.maskedOfBlock(raw, 0, n, type) != Bytes.fixed32(raw, n + 1)) {
            throw new TableReader.BlockException(RecordVisitor.Problem.BAD_CHECKSUM, "checksum mismatch");
        }
        if (type == 0) {
            byte[] swap = plain;
            plain = raw;
            raw = swap;
            return n;
        }
        if (type != 1) {
            throw new TableReader.BlockException(RecordVisitor.Problem.BAD_COMPRESSION, "unknown compression type " + type);
        }
        try {
            // snappy-java checks its input's bounds while expanding: no separate validation pass is needed
            int length = Snappy.uncompressedLength(raw, 0, n);
            if (length < 0 || length > TableReader.MAX_BLOCK) {
                throw new TableReader.BlockException(RecordVisitor.Problem.BAD_COMPRESSION, "Snappy length " + length);
            }
            if (plain.length < length) {
                plain = new byte[Math.max(length, plain.length * 2)];
            }
            return Snappy.uncompress(raw, 0, n, plain, 0);
        } catch (IOException | SnappyError e) {
            throw new TableReader.BlockException(RecordVisitor.Problem.BAD_COMPRESSION, "Snappy: " + e.getClass().getSimpleName());
        }
    }

    private void readFully(ByteBuffer buffer, long position) throws IOException {
        long start = position - buffer.position();
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, start + buffer.position()) < 0) {
                throw new java.io.EOFException("end of file at " + (start + buffer.position()));
            }
        }
    }

    private boolean finish() throws IOException {
        finished = true;
        index = null;
        data = null;
        raw = null;
        plain = null;
        if (size > reported) {
            read.accept(size - reported);
            reported = size;
        }
        close();
        return false;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
