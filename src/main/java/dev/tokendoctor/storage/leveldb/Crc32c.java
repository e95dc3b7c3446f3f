package dev.tokendoctor.storage.leveldb;

import java.util.zip.CRC32C;

/** LevelDB's masked CRC32C: stored checksums are masked so that a CRC of data holding CRCs stays strong. */
final class Crc32c {

    private static final int MASK_DELTA = 0xa282ead8;

    /** The masked CRC32C of {@code type} followed by {@code data[offset, offset+length)}. */
    static int maskedOf(byte type, byte[] data, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(type);
        crc.update(data, offset, length);
        return mask((int) crc.getValue());
    }

    /** The masked CRC32C of {@code data[offset, offset+length)} followed by {@code type} (a table block's trailer). */
    static int maskedOfBlock(byte[] data, int offset, int length, byte type) {
        CRC32C crc = new CRC32C();
        crc.update(data, offset, length);
        crc.update(type);
        return mask((int) crc.getValue());
    }

    static int mask(int crc) {
        return ((crc >>> 15) | (crc << 17)) + MASK_DELTA;
    }

    private Crc32c() {
    }
}
