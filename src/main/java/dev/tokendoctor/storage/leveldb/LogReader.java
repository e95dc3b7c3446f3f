package dev.tokendoctor.storage.leveldb;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * Reads a LevelDB write-ahead log ({@code *.log}) block by block (32 KiB at a time): records with
 * a 7-byte header (masked CRC32C, length, type), fragmented as FULL or FIRST/MIDDLE/LAST, each
 * whole record a WriteBatch. A bad block is reported and skipped, like LevelDB's own recovery.
 */
public final class LogReader {

    static final int BLOCK_SIZE = 32 * 1024;
    static final int HEADER_SIZE = 7;
    private static final int FULL = 1;
    private static final int FIRST = 2;
    private static final int MIDDLE = 3;
    private static final int LAST = 4;
    static final int TYPE_DELETION = 0;
    static final int TYPE_VALUE = 1;

    private LogReader() {
    }

    /** Streams every record of every batch in {@code file} to {@code visitor}; {@code read} is told bytes consumed. */
    public static void read(Path file, RecordVisitor visitor, LongConsumer read) throws IOException {
        readRecords(file, visitor, read, (data, offset, length, at) -> batch(data, offset, length, visitor, at));
    }

    /** Receives each whole log record (a WriteBatch in a .log, a VersionEdit in a MANIFEST). */
    @FunctionalInterface
    interface RecordHandler {
        void record(byte[] data, int offset, int length, long at);
    }

    /** The log framing alone: reassembles fragments, checks checksums, reports damage to {@code visitor}. */
    static void readRecords(Path file, RecordVisitor visitor, LongConsumer read, RecordHandler handler) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BLOCK_SIZE)) {
            byte[] block = new byte[BLOCK_SIZE];
            ByteArrayOutputStream pending = null;
            long blockStart = 0;
            while (true) {
                int n = in.readNBytes(block, 0, BLOCK_SIZE);
                if (n == 0) {
                    break;
                }
                int pos = 0;
                while (pos < n) {
                    if (n - pos < HEADER_SIZE) {
                        break; // a block's zero trailer, or (in the last block) a header torn by a writer that stopped
                    }
                    int crc = Bytes.fixed32(block, pos);
                    int length = (block[pos + 4] & 0xFF) | (block[pos + 5] & 0xFF) << 8;
                    int type = block[pos + 6] & 0xFF;
                    if (type == 0 && length == 0) {
                        break; // zero trailer or preallocated space: the rest of the block is empty
                    }
                    if (pos + HEADER_SIZE + length > n) {
                        if (n == BLOCK_SIZE) {
                            visitor.problem(RecordVisitor.Problem.CORRUPT, "record at " + (blockStart + pos)
                                    + " runs past the end of its block");
                        } // else the file's last record, torn while the browser wrote it: LevelDB ignores it too
                        pending = null;
                        break;
                    }
                    if (Crc32c.maskedOf((byte) type, block, pos + HEADER_SIZE, length) != crc) {
                        visitor.problem(RecordVisitor.Problem.BAD_CHECKSUM, "record at " + (blockStart + pos));
                        pending = null;
                        break; // LevelDB drops the rest of a block after a bad checksum
                    }
                    int data = pos + HEADER_SIZE;
                    if (type == FULL) {
                        if (pending != null) {
                            visitor.problem(RecordVisitor.Problem.CORRUPT, "unfinished record before " + (blockStart + pos));
                        }
                        pending = null;
                        handler.record(block, data, length, blockStart + pos);
                    } else if (type == FIRST) {
                        pending = new ByteArrayOutputStream(Math.max(length * 2, 64));
                        pending.write(block, data, length);
                    } else if ((type == MIDDLE || type == LAST) && pending != null) {
                        pending.write(block, data, length);
                        if (type == LAST) {
                            byte[] whole = pending.toByteArray();
                            pending = null;
                            handler.record(whole, 0, whole.length, blockStart + pos);
                        }
                    } else if (type == MIDDLE || type == LAST) {
                        visitor.problem(RecordVisitor.Problem.CORRUPT, "fragment without its start at " + (blockStart + pos));
                    } else {
                        visitor.problem(RecordVisitor.Problem.CORRUPT, "unknown record type " + type + " at " + (blockStart + pos));
                        pending = null;
                        break;
                    }
                    pos = data + length;
                }
                blockStart += n;
                read.accept(n);
                if (n < BLOCK_SIZE) {
                    break;
                }
            }
            // A record whose last fragment is missing at the end of the file is a torn write, not damage
            // (LevelDB's log::Reader drops it silently): no problem is reported for it.
        }
    }

    /** A WriteBatch: sequence (8), count (4), then count × (tag, varint key[, varint value]). */
    static void batch(byte[] data, int offset, int length, RecordVisitor visitor, long at) {
        Bytes b = new Bytes(data, offset, offset + length);
        try {
            long sequence = b.fixed64();
            int count = b.fixed32();
            for (int i = 0; i < count; i++) {
                int tag = b.u8();
                byte[] key = b.take(b.varint32());
                if (tag == TYPE_VALUE) {
                    visitor.record(key, sequence + i, b.take(b.varint32()));
                } else if (tag == TYPE_DELETION) {
                    visitor.record(key, sequence + i, null);
                } else {
                    throw new CorruptionException("unknown batch entry type " + tag);
                }
            }
        } catch (CorruptionException e) {
            visitor.problem(RecordVisitor.Problem.CORRUPT, "write batch at " + at + ": " + e.getMessage());
        }
    }
}
