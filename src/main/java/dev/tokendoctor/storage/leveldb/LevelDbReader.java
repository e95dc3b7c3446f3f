package dev.tokendoctor.storage.leveldb;

import dev.tokendoctor.storage.source.FolderSnapshot;
import dev.tokendoctor.storage.source.ProgressListener;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A read-only LevelDB reader over a {@link FolderSnapshot}: every table and log, one file at a
 * time, newest sequence per key wins, deletions honoured. Files are read in a first pass that
 * keeps keys and small values; values beyond the memory budget are read in a second pass.
 */
public final class LevelDbReader {

    /** Keeps what a LevelDB folder needs and nothing of the browser's lock or info logs. */
    public static final Predicate<String> FILES = name -> name.endsWith(".ldb") || name.endsWith(".sst")
            || name.endsWith(".log") && !name.equals("LOG") || name.equals("CURRENT") || name.startsWith("MANIFEST-");

    private final long inlineBudget;

    /** @param inlineBudget bytes of values kept in memory between the passes */
    public LevelDbReader(long inlineBudget) {
        this.inlineBudget = inlineBudget;
    }

    /** Receives each live key with its value and the browser's file it came from. */
    @FunctionalInterface
    public interface LiveRecordSink {
        void record(byte[] key, byte[] value, Path file);
    }

    /** The result of the first pass; {@link #emit} streams the live records. */
    public final class Live {
        private final FolderSnapshot snapshot;
        private final List<Path> files;
        private final NewestRecords newest;
        private final ScanSink sink;
        private final Progress progress;
        private final BooleanSupplier cancelled;

        private Live(FolderSnapshot snapshot, List<Path> files, NewestRecords newest, ScanSink sink, Progress progress,
                     BooleanSupplier cancelled) {
            this.snapshot = snapshot;
            this.files = files;
            this.newest = newest;
            this.sink = sink;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        /** Live keys whose values were kept in memory (all small ones, such as Chrome's {@code META:} keys). */
        public void forEachInline(BiConsumer<byte[], byte[]> action) {
            newest.forEachInline(action);
        }

        public int liveAndDeletedKeys() {
            return newest.size();
        }

        /** Streams every live record: the kept ones, then those read again from their files. */
        public void emit(LiveRecordSink out) throws IOException {
            newest.forEachInline((key, value) -> out.record(key, value, fileOf(key)));
            for (int index : newest.pendingFiles()) {
                Path file = files.get(index);
                read(file, new RecordVisitor() {
                    @Override
                    public void record(byte[] key, long sequence, byte[] value) {
                        checkCancelled(cancelled);
                        if (value != null && newest.isPendingWinner(key, sequence)) {
                            out.record(key, value, snapshot.originalOf(file));
                        }
                    }

                    @Override
                    public void problem(Problem kind, String detail) {
                        // reported in the first pass
                    }
                }, progress);
            }
        }

        /** The browser's file a kept record came from. */
        public Path fileOf(byte[] key) {
            NewestRecords.Winner w = newest.get(key);
            return w == null ? null : snapshot.originalOf(files.get(w.file()));
        }
    }

    /**
     * The first pass over a snapshot. Problems go to {@code sink} as error rows naming the file.
     *
     * @param alwaysKeep keys whose values stay in memory whatever the budget (small metadata)
     * @throws Cancelled when {@code cancelled} answers true
     */
    public Live read(FolderSnapshot snapshot, ScanSink sink, ProgressListener listener, BooleanSupplier cancelled,
                     Predicate<byte[]> alwaysKeep) throws IOException {
        List<Path> files = liveFiles(snapshot, sink);
        long total = 0;
        for (Path p : files) {
            total += Files.size(p);
        }
        Progress progress = new Progress(listener, total);
        NewestRecords newest = new NewestRecords(inlineBudget);
        for (int i = 0; i < files.size(); i++) {
            int index = i;
            Path file = files.get(i);
            Path original = snapshot.originalOf(file);
            read(file, new RecordVisitor() {
                @Override
                public void record(byte[] key, long sequence, byte[] value) {
                    checkCancelled(cancelled);
                    newest.offer(key, sequence, value, index, alwaysKeep.test(key));
                }

                @Override
                public void problem(Problem kind, String detail) {
                    sink.error(ScanError.of(original, ScanError.Problem.valueOf(kind.name()), detail));
                }
            }, progress);
        }
        for (int index : newest.pendingFiles()) {
            progress.grow(Files.size(files.get(index)));
        }
        return new Live(snapshot, files, newest, sink, progress, cancelled);
    }

    /**
     * The tables and logs the MANIFEST named by CURRENT calls live; every table and log present
     * when there is no usable MANIFEST, or when a live table is missing from the folder.
     */
    private static List<Path> liveFiles(FolderSnapshot snapshot, ScanSink sink) throws IOException {
        Manifest manifest = manifest(snapshot, sink);
        List<Path> tables = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        Set<Long> present = new HashSet<>();
        for (Path p : snapshot.files()) {
            String name = p.getFileName().toString();
            long number = number(name);
            if (name.endsWith(".ldb") || name.endsWith(".sst")) {
                present.add(number);
                if (manifest == null || manifest.tables().contains(number)) {
                    tables.add(p);
                }
            } else if (name.endsWith(".log") && (manifest == null || manifest.readsLog(number))) {
                logs.add(p);
            }
        }
        if (manifest != null && !present.containsAll(manifest.tables())) {
            Set<Long> missing = new TreeSet<>(manifest.tables());
            missing.removeAll(present);
            sink.error(ScanError.of(snapshot.originalOf(snapshot.folder()), ScanError.Problem.CORRUPT,
                    "tables named by the MANIFEST are missing: " + missing));
            return liveFiles(snapshot.files());
        }
        tables.addAll(logs);
        return tables;
    }

    private static List<Path> liveFiles(List<Path> all) {
        return all.stream().filter(p -> {
            String n = p.getFileName().toString();
            return n.endsWith(".ldb") || n.endsWith(".sst") || n.endsWith(".log");
        }).toList();
    }

    /** The MANIFEST that CURRENT names, or null (reported) when there is none or it is damaged. */
    private static Manifest manifest(FolderSnapshot snapshot, ScanSink sink) throws IOException {
        Path current = snapshot.folder().resolve("CURRENT");
        if (!snapshot.has("CURRENT")) {
            sink.error(ScanError.of(snapshot.originalOf(current), ScanError.Problem.MISSING_CURRENT, "CURRENT"));
            return null;
        }
        String name = Files.readString(current, StandardCharsets.US_ASCII).strip();
        if (!name.startsWith("MANIFEST-") || !snapshot.has(name)) {
            sink.error(ScanError.of(snapshot.originalOf(current), ScanError.Problem.MISSING_CURRENT,
                    "CURRENT names a missing MANIFEST"));
            return null;
        }
        Manifest manifest = Manifest.read(snapshot.folder().resolve(name));
        if (!manifest.problems().isEmpty()) {
            Path original = snapshot.originalOf(snapshot.folder().resolve(name));
            manifest.problems().forEach(p -> sink.error(ScanError.of(original, ScanError.Problem.CORRUPT, p)));
            return null;
        }
        return manifest;
    }

    private static long number(String name) {
        int end = 0;
        while (end < name.length() && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end == 0 || end > 18 ? -1 : Long.parseLong(name.substring(0, end));
    }

    private static void read(Path file, RecordVisitor visitor, Progress progress) throws IOException {
        if (file.getFileName().toString().endsWith(".log")) {
            LogReader.read(file, visitor, progress);
        } else {
            TableReader.read(file, visitor, progress);
        }
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

        Progress(ProgressListener listener, long total) {
            this.listener = listener;
            this.total = total;
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
