package dev.tokendoctor.sandbox;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ledger's issued tokens on disk, so a restarted sandbox still knows them as Coze would.
 * Tokens are stored as their SHA-256 only: the file holds nothing that could be used as a token.
 */
final class GrantsFile {

    /** One issued token: its client, its expiry and (refresh tokens) whether it was spent. */
    record Entry(String clientId, Instant expiresAt, boolean used) {
    }

    /** What the file holds, keyed by token hash. */
    record Grants(Map<String, Entry> access, Map<String, Entry> refresh) {
    }

    private final Path file;
    private volatile boolean failed;

    GrantsFile(Path file) {
        this.file = file;
    }

    /** The stored grants; an absent or unreadable file is an empty ledger (the sandbox is a stand-in, not a vault). */
    Grants load() {
        Map<String, Entry> access = new LinkedHashMap<>();
        Map<String, Entry> refresh = new LinkedHashMap<>();
        try {
            if (file != null && Files.isRegularFile(file)) {
                Map<String, Object> root = Json.readObject(Files.readAllBytes(file)).orElse(Map.of());
                read(root.get("access"), access);
                read(root.get("refresh"), refresh);
            }
        } catch (IOException | RuntimeException e) {
            access.clear();
            refresh.clear();
        }
        return new Grants(access, refresh);
    }

    /**
     * Writes the grants still alive at {@code now}, atomically (a reader sees the old or the new
     * file). A failed write (read-only or full data folder) keeps them in memory: issuing a token
     * must not fail because the stand-in could not remember it; {@link #failed()} says so.
     */
    boolean save(Grants grants, Instant now) {
        if (file == null) {
            return true;
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("access", write(grants.access(), now));
        root.put("refresh", write(grants.refresh(), now));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".grants", ".tmp");
            try {
                Files.write(temp, Json.write(root));
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            failed = false;
            return true;
        } catch (IOException e) {
            failed = true;
            return false;
        }
    }

    /** Whether the last write failed (the grants then live only as long as this sandbox). */
    boolean failed() {
        return failed;
    }

    @SuppressWarnings("unchecked")
    private static void read(Object node, Map<String, Entry> into) {
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Map<String, Object> v = (Map<String, Object>) e.getValue();
            into.put((String) e.getKey(), new Entry((String) v.get("clientId"),
                    Instant.ofEpochSecond(((Number) v.get("expiresAt")).longValue()), Boolean.TRUE.equals(v.get("used"))));
        }
    }

    private static Map<String, Object> write(Map<String, Entry> entries, Instant now) {
        Map<String, Object> out = new LinkedHashMap<>();
        entries.forEach((hash, e) -> {
            if (now.isBefore(e.expiresAt())) {
                out.put(hash, Map.of("clientId", e.clientId(), "expiresAt", e.expiresAt().getEpochSecond(), "used", e.used()));
            }
        });
        return out;
    }
}
