package dev.tokendoctor.storage.leveldb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * LevelDB's own read path: every live table and the logs' newest records merged in key order,
 * the highest sequence first, so the first record of each user key is its live version. One
 * pass, one data block per table in memory, and a record present in two files is seen once.
 */
final class MergedRecords implements AutoCloseable {

    /** What the merge hands on: a live key, its value, and the browser's file it came from. */
    @FunctionalInterface
    interface Out {
        void record(byte[] key, byte[] value, Path file);
    }

    /** A sorted stream of records: the tables of one level, one level-0 table, or the logs. */
    interface Cursor extends AutoCloseable {
        /** Moves to the next record; false at the end. */
        boolean advance() throws IOException;

        byte[] key();

        long sequence();

        /** The value; null for a deletion or a log value left on disk (read after the merge). */
        byte[] value();

        Path file();

        @Override
        void close() throws IOException;
    }

    private static final Comparator<Cursor> ORDER = (a, b) -> {
        int c = Arrays.compareUnsigned(a.key(), b.key());
        return c != 0 ? c : Long.compare(b.sequence(), a.sequence());
    };

    private final List<Cursor> cursors;

    MergedRecords(List<Cursor> cursors) {
        this.cursors = List.copyOf(cursors);
    }

    void emit(Out out, Runnable checkCancelled) throws IOException {
        PriorityQueue<Cursor> queue = new PriorityQueue<>(Math.max(1, cursors.size()), ORDER);
        for (Cursor c : cursors) {
            if (c.advance()) {
                queue.add(c);
            }
        }
        byte[] last = null;
        while (!queue.isEmpty()) {
            checkCancelled.run();
            Cursor c = queue.poll();
            if (last == null || !Arrays.equals(last, c.key())) {
                last = c.key();
                if (c.value() != null) {
                    out.record(c.key(), c.value(), c.file());
                }
            }
            if (c.advance()) {
                queue.add(c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (Cursor c : cursors) {
            c.close();
        }
    }

    /** Tables read one after the other: a level's tables (which never overlap) in key order, or one table. */
    static final class Tables implements Cursor {
        private final List<TableIterator> tables;
        private final List<Path> files;
        private final List<RecordVisitor> problems;
        private int at;

        Tables(List<TableIterator> tables, List<Path> files, List<RecordVisitor> problems) {
            if (files.size() != tables.size() || problems.size() != tables.size()) {
                throw new IllegalArgumentException(tables.size() + " tables, " + files.size() + " files, " + problems.size() + " reporters");
            }
            this.tables = new ArrayList<>(tables);
            this.files = List.copyOf(files);
            this.problems = List.copyOf(problems);
        }

        @Override
        public boolean advance() throws IOException {
            while (at < tables.size()) {
                try {
                    if (tables.get(at).next()) {
                        return true;
                    }
                } catch (RuntimeException e) {
                    // A reader bug must cost one file, not the scan: report it and go on with the next table.
                    problems.get(at).problem(RecordVisitor.Problem.CORRUPT, e.getClass().getSimpleName());
                    tables.get(at).close();
                }
                at++;
            }
            return false;
        }

        @Override
        public byte[] key() {
            return tables.get(at).userKey();
        }

        @Override
        public long sequence() {
            return tables.get(at).sequence();
        }

        @Override
        public byte[] value() {
            return tables.get(at).value();
        }

        @Override
        public Path file() {
            return files.get(at);
        }

        @Override
        public void close() throws IOException {
            for (TableIterator t : tables) {
                t.close();
            }
        }
    }

    /** The logs' newest record per key, sorted. */
    static final class Logs implements Cursor {
        private final List<Map.Entry<NewestRecords.Key, NewestRecords.Winner>> winners;
        private final List<Path> files;
        private int at = -1;

        Logs(List<Map.Entry<NewestRecords.Key, NewestRecords.Winner>> winners, List<Path> files) {
            this.winners = winners;
            this.files = files;
        }

        @Override
        public boolean advance() {
            return ++at < winners.size();
        }

        @Override
        public byte[] key() {
            return winners.get(at).getKey().bytes();
        }

        @Override
        public long sequence() {
            return winners.get(at).getValue().sequence();
        }

        @Override
        public byte[] value() {
            return winners.get(at).getValue().value();
        }

        @Override
        public Path file() {
            return files.get(winners.get(at).getValue().file());
        }

        @Override
        public void close() {
        }
    }
}
