package dev.tokendoctor.storage.leveldb;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The newest record per user key. Values are kept in memory only up to a byte budget; beyond it a
 * winner remembers its sequence number and file, and its value is read again in a second pass.
 * So memory is bounded by the keys plus the budget, not by the size of the store.
 */
final class NewestRecords {

    /** The winning record of one key; {@code value} is null for a deletion or a value left on disk. */
    record Winner(long sequence, boolean deleted, byte[] value, int file) {
        boolean onDisk() {
            return !deleted && value == null;
        }
    }

    /** Bytes as a map key, compared by content. */
    record Key(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(bytes, k.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }

    private final Map<Key, Winner> winners = new HashMap<>();
    private final long budget;
    private long inline;

    NewestRecords(long budget) {
        this.budget = budget;
    }

    /** Offers a record found in file number {@code file}; keeps it if it is the newest so far. */
    void offer(byte[] key, long sequence, byte[] value, int file, boolean alwaysInline) {
        Key k = new Key(key);
        Winner old = winners.get(k);
        if (old != null && old.sequence() >= sequence) {
            return;
        }
        if (old != null && old.value() != null) {
            inline -= old.value().length;
        }
        byte[] kept = null;
        if (value != null && (alwaysInline || inline + value.length <= budget)) {
            kept = value;
            inline += value.length;
        }
        winners.put(k, new Winner(sequence, value == null, kept, file));
    }

    Winner get(byte[] key) {
        return winners.get(new Key(key));
    }

    int size() {
        return winners.size();
    }

    /** The files holding winners whose values must be read again. */
    java.util.Set<Integer> pendingFiles() {
        java.util.Set<Integer> files = new java.util.TreeSet<>();
        winners.values().forEach(w -> {
            if (w.onDisk()) {
                files.add(w.file());
            }
        });
        return files;
    }

    /** Every live winner whose value is in memory. */
    void forEachInline(BiConsumer<byte[], byte[]> action) {
        winners.forEach((k, w) -> {
            if (w.value() != null) {
                action.accept(k.bytes(), w.value());
            }
        });
    }

    /**
     * Whether a record read again in the second pass is the winner waiting for its value. Answers
     * true once per key: the same record can sit in two files (a table and the compaction's output).
     */
    boolean takePendingWinner(byte[] key, long sequence) {
        Key k = new Key(key);
        Winner w = winners.get(k);
        if (w == null || !w.onDisk() || w.sequence() != sequence) {
            return false;
        }
        winners.put(k, new Winner(sequence, true, null, w.file()));
        return true;
    }

    /** The winners in the table order of their keys (unsigned bytes), for merging with the tables. */
    java.util.List<Map.Entry<Key, Winner>> sorted() {
        java.util.List<Map.Entry<Key, Winner>> all = new java.util.ArrayList<>(winners.entrySet());
        all.sort((a, b) -> Arrays.compareUnsigned(a.getKey().bytes(), b.getKey().bytes()));
        return all;
    }
}
