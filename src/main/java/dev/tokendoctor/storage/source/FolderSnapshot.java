package dev.tokendoctor.storage.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A private copy of some files of a browser's folder, taken before reading so that the browser's
 * own files are only ever opened for reading, briefly, one at a time. Deleted on {@link #close()}.
 */
public final class FolderSnapshot implements AutoCloseable {

    /** Where copies go; null: the system's temporary folder (tests, the command line before setup). */
    private static volatile Path scratch;

    private final Path original;
    private final Path copy;
    private final List<Path> copied;

    private FolderSnapshot(Path original, Path copy, List<Path> copied) {
        this.original = original;
        this.copy = copy;
        this.copied = List.copyOf(copied);
    }

    /** Scan copies are named with the scanning process's id, so a dead run's copies can be found. */
    private static final String PREFIX = "tokendoctor-scan-";

    /**
     * Copies the regular files of {@code folder} (not sub-folders) that {@code include} accepts.
     * A file that cannot be read is reported to {@code sink} and left out.
     *
     * @throws IOException when the folder itself cannot be listed or the temporary folder not made
     */
    public static FolderSnapshot take(Path folder, Predicate<String> include, ScanSink sink) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(folder)) {
            for (Path p : list) {
                if (Files.isRegularFile(p) && include.test(p.getFileName().toString())) {
                    files.add(p);
                }
            }
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        Path root = scratch;
        String name = PREFIX + ProcessHandle.current().pid() + "-";
        Path dir = root == null ? Files.createTempDirectory(name) : Files.createTempDirectory(Files.createDirectories(root), name);
        List<Path> copied = new ArrayList<>();
        for (Path file : files) {
            Path target = dir.resolve(file.getFileName().toString());
            try {
                Files.copy(file, target);
                copied.add(target);
            } catch (NoSuchFileException e) {
                // The browser removed it between listing and copying (a compaction): nothing to read.
            } catch (AccessDeniedException e) {
                sink.error(ScanError.of(file, ScanError.Problem.UNREADABLE, "access denied"));
            } catch (IOException e) {
                sink.error(ScanError.of(file, ScanError.Problem.UNREADABLE, e.getClass().getSimpleName()));
            }
        }
        return new FolderSnapshot(folder, dir, copied);
    }

    /**
     * Puts later copies under {@code folder} (null: back to the system's temporary folder) (the app's private data folder), and deletes what a
     * run that died left there: copies of browser stores hold other sites' secrets. Process-wide,
     * like the temporary folder it replaces; set once by the composition root.
     */
    public static void useScratchFolder(Path folder) throws IOException {
        if (folder == null) {
            scratch = null;
            return;
        }
        if (Files.isDirectory(folder)) {
            deleteTree(folder);
        }
        Files.createDirectories(folder);
        scratch = folder;
    }

    /** The copies, sorted by name. */
    public List<Path> files() {
        return copied;
    }

    public Path folder() {
        return copy;
    }

    /** The browser's folder the copies were made from. */
    public Path original() {
        return original;
    }

    /** The browser's file a copy was made from: what messages name. */
    public Path originalOf(Path copiedFile) {
        return original.resolve(copiedFile.getFileName().toString());
    }

    public boolean has(String name) {
        return copied.stream().anyMatch(p -> p.getFileName().toString().equals(name));
    }

    /**
     * Removes the scan copies a process that died mid-scan left in the temp folder (they hold other
     * sites' secrets); a living process's copies stay. Call once at start. Returns how many.
     */
    public static int removeLeftovers() {
        return removeLeftovers(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static int removeLeftovers(Path tmp) {
        int removed = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path dir : dirs) {
                String rest = dir.getFileName().toString().substring(PREFIX.length());
                int dash = rest.indexOf('-');
                long pid = dash > 0 && rest.substring(0, dash).chars().allMatch(Character::isDigit)
                        ? Long.parseLong(rest.substring(0, dash)) : -1;
                boolean alive = pid >= 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (pid >= 0 && !alive && Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    new FolderSnapshot(dir, dir, List.of()).close();
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: what cannot be listed cannot be removed either
        }
        return removed;
    }

    @Override
    public void close() {
        deleteTree(copy);
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // What is left is removed at the next start (useScratchFolder).
        }
    }
}
