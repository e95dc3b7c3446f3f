package dev.tokendoctor.storage.leveldb;

/** Little-endian fixed-width and varint decoding over a byte array, with bounds checks. */
final class Bytes {

    private final byte[] data;
    private int pos;
    private final int limit;

    Bytes(byte[] data, int offset, int limit) {
        this.data = data;
        this.pos = offset;
        this.limit = limit;
    }

    int position() {
        return pos;
    }

    boolean hasRemaining() {
        return pos < limit;
    }

    int remaining() {
        return limit - pos;
    }

    int u8() throws CorruptionException {
        need(1);
        return data[pos++] & 0xFF;
    }

    int fixed32() throws CorruptionException {
        need(4);
        int v = fixed32(data, pos);
        pos += 4;
        return v;
    }

    long fixed64() throws CorruptionException {
        need(8);
        long v = fixed64(data, pos);
        pos += 8;
        return v;
    }

    int varint32() throws CorruptionException {
        long v = varint64();
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new CorruptionException("varint32 out of range at " + pos);
        }
        return (int) v;
    }

    long varint64() throws CorruptionException {
        long result = 0;
        for (int shift = 0; shift <= 63; shift += 7) {
            int b = u8();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new CorruptionException("varint too long at " + pos);
    }

    /** Copies the next {@code n} bytes. */
    byte[] take(int n) throws CorruptionException {
        need(n);
        byte[] out = java.util.Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return out;
    }

    void skip(int n) throws CorruptionException {
        need(n);
        pos += n;
    }

    private void need(int n) throws CorruptionException {
        if (n < 0 || n > limit - pos) {
            throw new CorruptionException("needs " + n + " bytes at " + pos + ", " + (limit - pos) + " left");
        }
    }

    static int fixed32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    static long fixed64(byte[] b, int at) {
        return (fixed32(b, at) & 0xFFFFFFFFL) | (long) fixed32(b, at + 4) << 32;
    }
}
