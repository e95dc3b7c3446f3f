package dev.tokendoctor.storage.leveldb;

/**
 * Iterates a table block's entries: {@code shared, nonShared, valueLength} varints, the key's new
 * suffix (prefix-compressed against the previous key), the value; restart points at the end.
 */
final class BlockEntries {

    private final byte[] block;
    private final Bytes in;
    private byte[] key = new byte[0];
    private byte[] value;

    BlockEntries(byte[] block) throws CorruptionException {
        this.block = block;
        if (block.length < 4) {
            throw new CorruptionException("block shorter than its restart count");
        }
        long restarts = Bytes.fixed32(block, block.length - 4) & 0xFFFFFFFFL;
        long restartsStart = block.length - 4 - 4 * restarts;
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
        int valueLength = in.varint32();
        if (shared > key.length || nonShared > in.remaining()) {
            throw new CorruptionException("bad key prefix at " + in.position());
        }
        byte[] next = new byte[shared + nonShared];
        System.arraycopy(key, 0, next, 0, shared);
        int at = in.position();
        in.skip(nonShared);
        System.arraycopy(block, at, next, shared, nonShared);
        key = next;
        value = in.take(valueLength);
        return true;
    }

    byte[] key() {
        return key;
    }

    byte[] value() {
        return value;
    }
}
