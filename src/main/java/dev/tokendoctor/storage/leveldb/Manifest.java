package dev.tokendoctor.storage.leveldb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a MANIFEST says is live: the tables of the current version and the oldest log still needed.
 * A folder can hold more (a table a compaction was writing when the browser quit, a log already
 * compacted); reading only the live files keeps old data from coming back.
 *
 * @param live      the live tables by number
 * @param logNumber logs numbered below this are already in tables
 * @param prevLog   an older log still needed, or 0
 */
record Manifest(Map<Long, Table> live, long logNumber, long prevLog, List<String> problems) {

    /** A live table: its level, and its smallest user key (to walk a level's tables in key order). */
    record Table(long number, int level, byte[] smallest) {
    }

    Set<Long> tables() {
        return live.keySet();
    }

    private static final int LOG_NUMBER = 2;
    private static final int NEXT_FILE = 3;
    private static final int LAST_SEQUENCE = 4;
    private static final int COMPACT_POINTER = 5;
    private static final int DELETED_FILE = 6;
    private static final int NEW_FILE = 7;
    private static final int PREV_LOG_NUMBER = 9;
    private static final int COMPARATOR = 1;

    boolean readsLog(long number) {
        return number >= logNumber || number == prevLog;
    }

    /** Replays the VersionEdits of {@code file}; damage is listed in {@link #problems()}. */
    static Manifest read(Path file) throws IOException {
        Map<Long, Table> tables = new TreeMap<>();
        long[] logs = {0, 0};
        List<String> problems = new ArrayList<>();
        RecordVisitor framing = new RecordVisitor() {
            @Override
            public void record(byte[] key, long sequence, byte[] value) {
            }

            @Override
            public void problem(Problem kind, String detail) {
                problems.add(kind + ": " + detail);
            }
        };
        LogReader.readRecords(file, framing, n -> { }, (data, offset, length, at) -> {
            try {
                edit(new Bytes(data, offset, offset + length), tables, logs);
            } catch (CorruptionException e) {
                problems.add("version edit at " + at + ": " + e.getMessage());
            }
        });
        return new Manifest(tables, logs[0], logs[1], problems);
    }

    private static void edit(Bytes b, Map<Long, Table> tables, long[] logs) throws CorruptionException {
        while (b.hasRemaining()) {
            int tag = b.varint32();
            switch (tag) {
                case COMPARATOR -> b.skip(b.varint32());
                case LOG_NUMBER -> logs[0] = b.varint64();
                case PREV_LOG_NUMBER -> logs[1] = b.varint64();
                case NEXT_FILE, LAST_SEQUENCE -> b.varint64();
                case COMPACT_POINTER -> {
                    b.varint32();
                    b.skip(b.varint32());
                }
                case DELETED_FILE -> {
                    b.varint32();
                    tables.remove(b.varint64());
                }
                case NEW_FILE -> {
                    int level = b.varint32();
                    long number = b.varint64();
                    b.varint64();
                    byte[] smallest = b.take(b.varint32());
                    b.skip(b.varint32());
                    byte[] user = java.util.Arrays.copyOf(smallest, Math.max(0, smallest.length - 8));
                    tables.put(number, new Table(number, level, user));
                }
                default -> throw new CorruptionException("unknown tag " + tag);
            }
        }
    }
}
