package dev.tokendoctor.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link TokenStore} on the file system: {@code <data dir>/tokens.json}, backups under
 * {@code backups/}, files restored by undo's own safety copies under {@code backups/undone/}
 * (kept out of the undo stack so undo never toggles), corrupt files under {@code corrupt/}.
 */
public final class FileTokenStore implements TokenStore {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Backups kept (each folder); older ones are removed after a save, so undo and saves stay fast. */
    public static final int MAX_BACKUPS = 50;

    private final Path file;
    private final Path backups;
    private final Clock clock;

    public FileTokenStore(Path dataDir, Clock clock) {
        this.file = dataDir.resolve("tokens.json");
        this.backups = dataDir.resolve("backups");
        this.clock = clock;
    }

    /** Removes the temp files killed saves left (they may hold old secrets); call once at start. Returns how many. */
    public int removeLeftovers() {
        return SafeFiles.removeLeftovers(file.getParent()) + SafeFiles.removeLeftovers(backups)
                + SafeFiles.removeLeftovers(backups.resolve("undone"));
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<byte[]> read() throws IOException {
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    @Override
    public synchronized void write(byte[] json, Change why) throws IOException {
        if (Files.exists(file)) {
            backup(file, backups, why.name().toLowerCase(java.util.Locale.ROOT));
        }
        SafeFiles.writeAtomically(file, json);
        prune(backups);
    }

    @Override
    public synchronized Optional<Undoable> undoable() {
        try {
            // A newer refresh or sign-in leaves a newer, non-undoable backup; one into the empty store
            // after a clear leaves a file where the clear left none: either way the undo is gone.
            return backups().stream().findFirst().flatMap(newest -> changeOf(newest)
                    .filter(Change::undoable).filter(change -> change != Change.CLEAR || !Files.exists(file))
                    .map(change -> new Undoable(change, newest)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The change a backup's name records ({@code tokens-<time>-<n>-<why>.json}); older names (overwrite) are not undoable. */
    private static Optional<Change> changeOf(Path backup) {
        String name = backup.getFileName().toString();
        String why = name.substring(name.lastIndexOf('-') + 1, name.length() - ".json".length());
        for (Change change : Change.values()) {
            if (change.name().toLowerCase(java.util.Locale.ROOT).equals(why)) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized boolean clear() throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        SafeFiles.ensureDirectory(backups);
        Files.move(file, unique(backups, "clear"), StandardCopyOption.ATOMIC_MOVE);
        prune(backups);
        return true;
    }

    @Override
    public synchronized boolean undo() throws IOException {
        Optional<Path> newest = undoable().map(Undoable::backup);
        if (newest.isEmpty()) {
            return false;
        }
        if (Files.exists(file)) {
            backup(file, backups.resolve("undone"), "replaced-by-undo");
        }
        SafeFiles.writeAtomically(file, Files.readAllBytes(newest.get()));
        SafeFiles.ensureDirectory(backups.resolve("undone"));
        Files.move(newest.get(), backups.resolve("undone").resolve(newest.get().getFileName()), StandardCopyOption.ATOMIC_MOVE);
        prune(backups.resolve("undone"));
        return true;
    }

    @Override
    public synchronized boolean canUndo() {
        return undoable().isPresent();
    }

    @Override
    public synchronized List<Path> backups() throws IOException {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().startsWith("tokens-"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        }
    }

    @Override
    public synchronized Path quarantine() throws IOException {
        Path target = unique(SafeFiles.ensureDirectory(file.resolveSibling("corrupt")), "corrupt");
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private void backup(Path source, Path folder, String why) throws IOException {
        SafeFiles.ensureDirectory(folder);
        SafeFiles.copyAtomically(source, unique(folder, why));
    }

    /** Keeps the newest {@link #MAX_BACKUPS} token backups of a folder. */
    private static void prune(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> old;
        try (Stream<Path> files = Files.list(folder)) {
            old = files.filter(p -> p.getFileName().toString().startsWith("tokens-") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .skip(MAX_BACKUPS).toList();
        }
        for (Path p : old) {
            Files.deleteIfExists(p);
        }
    }

    /** {@code tokens-<UTC time>-<n>-<why>.json}: names sort by time, then by n (one past the highest, even after pruning). */
    private Path unique(Path folder, String why) throws IOException {
        String stamp = "tokens-" + STAMP.format(clock.instant()) + "-";
        return folder.resolve(String.format("%s%03d-%s.json", stamp, nextNumber(folder, stamp), why));
    }

    /** One past the highest {@code n} of the names starting with {@code stamp} in the folder. */
    static int nextNumber(Path folder, String stamp) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> siblings = Files.list(folder)) {
            return siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(stamp))
                    .mapToInt(n -> number(n.substring(stamp.length()))).max().orElse(-1) + 1;
        }
    }

    private static int number(String rest) {
        int end = 0;
        while (end < rest.length() && end < 9 && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(rest.substring(0, end));
    }
}
