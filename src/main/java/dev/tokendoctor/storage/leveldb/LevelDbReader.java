package dev.tokendoctor.storage.leveldb;

import dev.tokendoctor.storage.source.FolderSnapshot;
import dev.tokendoctor.storage.source.ProgressListener;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A read-only LevelDB reader: the logs (from a {@link FolderSnapshot}) into memory, newest record
 * per key, then every live table merged with them in key order the way LevelDB reads ({@link
 * MergedRecords}): one pass over the tables, a data block per table in memory. Log values beyond
 * the memory budget are read again after the merge.
 */
public final class LevelDbReader {

    /** The files a browser rewrites or appends to; tables ({@code .ldb}) never change once written. */
    public static final Predicate<String> MUTABLE = name -> name.endsWith(".log") && !name.equals("LOG")
            || name.equals("CURRENT") || name.startsWith("MANIFEST-");

    /** Keeps what a LevelDB folder needs and nothing of the browser's lock or info logs. */
    public static final Predicate<String> FILES = name -> LiveFiles.isTable(name) || MUTABLE.test(name);


    private final long inlineBudget;

    /** @param inlineBudget bytes of log values kept in memory until the merge */
    public LevelDbReader(long inlineBudget) {
        this.inlineBudget = inlineBudget;
    }

    /** Receives each live key with its value and the browser's file it came from. */
    @FunctionalInterface
    public interface LiveRecordSink {
        void record(byte[] key, byte[] value, Path file);
    }

    /**
     * The browser compacted while we read — live tables the MANIFEST names went missing, or CURRENT
     * already names a newer MANIFEST than the one listed: read again from a fresh snapshot.
     */
    public static final class TablesMissing extends IOException {
        TablesMissing(Set<Long> missing) {
            super("tables named by the MANIFEST are missing: " + missing);
        }

        TablesMissing(String what) {
            super(what);
        }
    }

    /** The logs read and the tables opened; {@link #emit} streams the live records. */
    public final class Live implements AutoCloseable {
        private final FolderSnapshot snapshot;
        private final List<Path> logs;
        private final NewestRecords newest;
        private final MergedRecords merged;
        private final Progress progress;
        private final BooleanSupplier cancelled;

        private Live(FolderSnapshot snapshot, List<Path> logs, NewestRecords newest, MergedRecords merged,
                     Progress progress, BooleanSupplier cancelled) {
            this.snapshot = snapshot;
            this.logs = logs;
            this.newest = newest;
            this.merged = merged;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        /** Live keys of the logs whose values were kept in memory (all small ones, such as Chrome's {@code META:} keys). */
        public void forEachInline(BiConsumer<byte[], byte[]> action) {
            newest.forEachInline(action);
        }

        /** Keys (live or deleted) found in the logs. */
        public int liveAndDeletedKeys() {
            return newest.size();
        }

        /** Streams every live record: all in key order, then log values that did not fit the budget. */
        public void emit(LiveRecordSink out) throws IOException {
            try {
                merged.emit(out::record, () -> checkCancelled(cancelled));
                for (int index : newest.pendingFiles()) {
                    Path file = logs.get(index);
                    LogReader.read(file, new RecordVisitor() {
                        @Override
                        public void record(byte[] key, long sequence, byte[] value) {
                            checkCancelled(cancelled);
                            if (value != null && newest.takePendingWinner(key, sequence)) {
                                out.record(key, value, snapshot.originalOf(file));
                            }
                        }

                        @Override
                        public void problem(Problem kind, String detail) {
                            // reported when the log was first read
                        }
                    }, n -> { });
                }
            } finally {
                close();
            }
        }

        /** The browser's file a kept log record came from. */
        public Path fileOf(byte[] key) {
            NewestRecords.Winner w = newest.get(key);
            return w == null ? null : snapshot.originalOf(logs.get(w.file()));
        }

        @Override
        public void close() throws IOException {
            merged.close();
        }
    }

    /** {@link #read(FolderSnapshot, ScanSink, ProgressListener, BooleanSupplier, Predicate, boolean)}, reading what is there. */
    public Live read(FolderSnapshot snapshot, ScanSink sink, ProgressListener listener, BooleanSupplier cancelled,
                     Predicate<byte[]> alwaysKeep) throws IOException {
        return read(snapshot, sink, listener, cancelled, alwaysKeep, true);
    }

    /**
     * Reads the logs and opens every live table. Problems go to {@code sink} as error rows naming the file.
     *
     * @param alwaysKeep keys whose log values stay in memory whatever the budget (small metadata)
     * @param lastTry    when false, a live table missing from the folder throws {@link TablesMissing}
     *                   (nothing has been sent to {@code sink} yet but earlier error rows), so the
     *                   caller can retry with a fresh snapshot; when true the rest is read and the
     *                   result says plainly it may be incomplete
     * @throws Cancelled when {@code cancelled} answers true
     */
    public Live read(FolderSnapshot snapshot, ScanSink sink, ProgressListener listener, BooleanSupplier cancelled,
                     Predicate<byte[]> alwaysKeep, boolean lastTry) throws IOException {
        LiveFiles files = LiveFiles.of(snapshot, sink, lastTry);
        if (!files.missing().isEmpty()) {
            if (!lastTry) {
                throw new TablesMissing(files.missing());
            }
            sink.error(ScanError.of(snapshot.originalOf(snapshot.folder()), ScanError.Problem.MISSING_TABLES,
                    String.valueOf(files.missing())));
        }
        Progress progress = new Progress(listener);
        List<MergedRecords.Cursor> cursors = new ArrayList<>();
        try {
            for (List<Path> run : files.runs()) {
                MergedRecords.Cursor c = open(run, snapshot, sink, progress, lastTry);
                if (c != null) {
                    cursors.add(c);
                }
            }
            for (Path log : files.logs()) {
                progress.grow(Files.size(log));
            }
            NewestRecords newest = readLogs(files.logs(), snapshot, sink, progress, cancelled, alwaysKeep);
            cursors.add(new MergedRecords.Logs(newest.sorted(), files.logs().stream().map(snapshot::originalOf).toList()));
            return new Live(snapshot, files.logs(), newest, new MergedRecords(cursors), progress, cancelled);
        } catch (IOException | RuntimeException e) {
            new MergedRecords(cursors).close();
            throw e;
        }
    }

    /** Opens a run's tables now, before anything is emitted, so a retry never repeats a record. */
    private static MergedRecords.Cursor open(List<Path> run, FolderSnapshot snapshot, ScanSink sink, Progress progress,
                                             boolean lastTry) throws IOException {
        List<TableIterator> tables = new ArrayList<>();
        List<Path> originals = new ArrayList<>();
        List<RecordVisitor> problems = new ArrayList<>();
        for (Path p : run) {
            Path original = snapshot.originalOf(p);
            RecordVisitor reporter = reporter(sink, original);
            try {
                // the size first: once the table is open nothing may throw before all three lists have it
                // (a table deleted between the two left the lists apart, and the merge failed on it)
                long size = Files.size(p);
                tables.add(TableIterator.open(p, reporter, progress));
                progress.grow(size);
            } catch (NoSuchFileException e) {
                if (!lastTry) {
                    new MergedRecords.Tables(tables, originals, problems).close();
                    throw new TablesMissing(Set.of(LiveFiles.number(p.getFileName().toString())));
                }
                sink.error(ScanError.of(original, ScanError.Problem.MISSING_TABLES, "deleted while reading"));
                continue;
            }
            originals.add(original);
            problems.add(reporter);
        }
        return tables.isEmpty() ? null : new MergedRecords.Tables(tables, originals, problems);
    }

    private NewestRecords readLogs(List<Path> logs, FolderSnapshot snapshot, ScanSink sink, Progress progress,
                                          BooleanSupplier cancelled, Predicate<byte[]> alwaysKeep) throws IOException {
        NewestRecords newest = new NewestRecords(inlineBudget);
        for (int i = 0; i < logs.size(); i++) {
            int index = i;
            Path original = snapshot.originalOf(logs.get(i));
            RecordVisitor reporter = reporter(sink, original);
            try {
                LogReader.read(logs.get(i), new RecordVisitor() {
                    @Override
                    public void record(byte[] key, long sequence, byte[] value) {
                        checkCancelled(cancelled);
                        newest.offer(key, sequence, value, index, alwaysKeep.test(key));
                    }

                    @Override
                    public void problem(Problem kind, String detail) {
                        reporter.problem(kind, detail);
                    }
                }, progress);
            } catch (Cancelled e) {
                throw e;
            } catch (RuntimeException e) {
                reporter.problem(RecordVisitor.Problem.CORRUPT, e.getClass().getSimpleName());
            }
        }
        return newest;
    }

    private static RecordVisitor reporter(ScanSink sink, Path original) {
        return new RecordVisitor() {
            @Override
            public void record(byte[] key, long sequence, byte[] value) {
            }

            @Override
            public void problem(Problem kind, String detail) {
                sink.error(ScanError.of(original, ScanError.Problem.valueOf(kind.name()), detail));
            }
        };
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
    }

    /** Thrown out of a scan when the caller cancelled it. */
    public static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private static final class Progress implements java.util.function.LongConsumer {
        private final ProgressListener listener;
        private long total;
        private long done;

        Progress(ProgressListener listener) {
            this.listener = listener;
        }

        void grow(long more) {
            total += more;
        }

        @Override
        public void accept(long bytes) {
            done += bytes;
            listener.progress(Math.min(done, total), total);
        }
    }
}
