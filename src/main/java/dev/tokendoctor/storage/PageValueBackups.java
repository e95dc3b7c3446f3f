package dev.tokendoctor.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Backups of single localStorage values the app changed in a live page (its own WebView):
 * {@code <data dir>/backups/page-<UTC time>-<n>.json} holding {@code origin}, {@code key} and
 * {@code value} ({@code null} when the key did not exist), owner-only. Undo takes the newest and
 * moves it under {@code backups/undone/}. Names never start with {@code tokens-}, so the token
 * store's own undo never picks them up.
 */
public final class PageValueBackups {

    /** One saved value; {@code value} is null when the key was absent before the change. */
    public record Backup(Path file, String origin, String key, String value) {
        @Override
        public String toString() {
            return "Backup[" + file.getFileName() + ", " + origin + ", " + key + "]";
        }
    }

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    public PageValueBackups(Path dataDir, Clock clock) {
        this.folder = dataDir.resolve("backups");
        this.clock = clock;
    }

    /** The backups folder (shared with the token store's backups). */
    public Path folder() {
        return folder;
    }

    /** Saves what {@code key} of {@code origin} holds before the app changes it; returns the file. */
    public synchronized Path save(String origin, String key, String value) throws IOException {
        ObjectNode node = Json.object();
        node.put("origin", origin);
        node.put("key", key);
        if (value == null) {
            node.putNull("value");
        } else {
            node.put("value", value);
        }
        node.put("saved_at", clock.instant().toString());
        SafeFiles.ensureDirectory(folder);
        Path target = unique();
        SafeFiles.writeAtomically(target, Json.mapper().writeValueAsBytes(node));
        prune();
        return target;
    }

    /** The newest backup not yet undone. */
    public synchronized Optional<Backup> newest() throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Optional<Path> newest;
        try (Stream<Path> files = Files.list(folder)) {
            newest = files.filter(p -> p.getFileName().toString().startsWith("page-"))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        }
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        JsonNode node = Json.mapper().readTree(new String(Files.readAllBytes(newest.get()), StandardCharsets.UTF_8));
        JsonNode value = node.path("value");
        return Optional.of(new Backup(newest.get(), node.path("origin").asText(), node.path("key").asText(),
                value.isNull() || value.isMissingNode() ? null : value.asText()));
    }

    /** Moves a backup that was written back out of the undo stack. */
    public synchronized void markRestored(Backup backup) throws IOException {
        Path undone = SafeFiles.ensureDirectory(folder.resolve("undone"));
        Files.move(backup.file(), undone.resolve(backup.file().getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Keeps the newest {@link FileTokenStore#MAX_BACKUPS} page backups. */
    private void prune() throws IOException {
        java.util.List<Path> old;
        try (Stream<Path> files = Files.list(folder)) {
            old = files.filter(p -> p.getFileName().toString().startsWith("page-"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .skip(FileTokenStore.MAX_BACKUPS).toList();
        }
        for (Path p : old) {
            Files.deleteIfExists(p);
        }
    }

    private Path unique() throws IOException {
        String stamp = "page-" + STAMP.format(clock.instant()) + "-";
        int n = Math.max(FileTokenStore.nextNumber(folder, stamp), FileTokenStore.nextNumber(folder.resolve("undone"), stamp));
        return folder.resolve(String.format("%s%03d.json", stamp, n));
    }
}
