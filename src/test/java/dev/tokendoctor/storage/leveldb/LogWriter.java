package dev.tokendoctor.storage.leveldb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes LevelDB logs for tests: one WriteBatch per {@link #put}, fragmented across 32 KiB blocks. */
public final class LogWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long sequence = 1;

    public LogWriter put(byte[] key, byte[] value) {
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        fixed(batch, sequence++, 8);
        fixed(batch, 1, 4);
        batch.write(LogReader.TYPE_VALUE);
        varint(batch, key.length);
        batch.writeBytes(key);
        varint(batch, value.length);
        batch.writeBytes(value);
        record(batch.toByteArray());
        return this;
    }

    public void writeTo(Path file) throws IOException {
        Files.write(file, out.toByteArray());
    }

    private void record(byte[] data) {
        out.writeBytes(frame(data, out.size()));
    }

    /** Log-format framing of one record written at {@code offset}: 32 KiB blocks, 7-byte headers, masked CRC32C. */
    static byte[] frame(byte[] data, long offset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        boolean first = true;
        long at = offset;
        do {
            int left = (int) (LogReader.BLOCK_SIZE - at % LogReader.BLOCK_SIZE);
            if (left < LogReader.HEADER_SIZE) {
                out.writeBytes(new byte[left]);
                at += left;
                left = LogReader.BLOCK_SIZE;
            }
            int length = Math.min(data.length - pos, left - LogReader.HEADER_SIZE);
            boolean last = pos + length == data.length;
            int type = first && last ? 1 : first ? 2 : last ? 4 : 3;
            fixed(out, Crc32c.maskedOf((byte) type, data, pos, length), 4);
            out.write(length & 0xFF);
            out.write(length >>> 8);
            out.write(type);
            out.write(data, pos, length);
            at += LogReader.HEADER_SIZE + length;
            pos += length;
            first = false;
        } while (pos < data.length);
        return out.toByteArray();
    }

    private static void fixed(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (value >>> (8 * i)));
        }
    }

    private static void varint(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }
}
