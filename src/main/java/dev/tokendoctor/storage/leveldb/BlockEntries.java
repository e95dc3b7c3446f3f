package dev.tokendoctor.storage.leveldb;

import java.util.Arrays;

/**
 * Iterates a table block's entries: {@code shared, nonShared, valueLength} varints, the key's new
 * suffix (prefix-compressed against the previous key), the value; restart points at the end.
 * The key is rebuilt in one reused buffer and the value stays in the block: callers copy what they keep.
 */
final class BlockEntries {

    private final byte[] block;
    private final Bytes in;
    private byte[] key = new byte[64];
    private int keyLength;
    private int valueOffset;
    private int valueLength;

    BlockEntries(byte[] block) throws CorruptionException {
        this(block, block.length);
    }

    /** The entries of {@code block[0, length)}. */
    BlockEntries(byte[] block, int length) throws CorruptionException {
        this.block = block;
        if (length < 4) {
            throw new CorruptionException("block shorter than its restart count");
        }
        long restarts = Bytes.fixed32(block, length - 4) & 0xFFFFFFFFL;
        long restartsStart = length - 4 - 4 * restarts;
        if (restartsStart < 0) {
            throw new CorruptionException("restart array larger than the block");
        }
        this.in = new Bytes(block, 0, (int) restartsStart);
    }

    boolean next() throws CorruptionException {
        if (!in.hasRemaining()) {
            return false;
        }
        int shared = in.varint32();
        int nonShared = in.varint32();
        int length = in.varint32();
        if (shared > keyLength || nonShared > in.remaining()) {
            throw new CorruptionException("bad key prefix at " + in.position());
        }
        if (shared + nonShared > key.length) {
            key = Arrays.copyOf(key, Math.max(shared + nonShared, key.length * 2));
        }
        int at = in.position();
        in.skip(nonShared);
        System.arraycopy(block, at, key, shared, nonShared);
        keyLength = shared + nonShared;
        valueOffset = in.position();
        in.skip(length);
        valueLength = length;
        return true;
    }

    /** A copy of the current key. */
    byte[] key() {
        return Arrays.copyOf(key, keyLength);
    }

    /** The reused buffer holding the current key in {@code [0, keyLength())}. */
    byte[] keyBuffer() {
        return key;
    }

    int keyLength() {
        return keyLength;
    }

    /** A copy of the current value. */
    byte[] value() {
        return Arrays.copyOfRange(block, valueOffset, valueOffset + valueLength);
    }
}
