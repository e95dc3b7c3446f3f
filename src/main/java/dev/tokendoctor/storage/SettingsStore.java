package dev.tokendoctor.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code settings.json} in the data folder. An unreadable file yields the defaults and says what
 * was wrong ({@link #problem()}); it is copied to {@code backups/} before the first write over it.
 */
public final class SettingsStore {

    private final Path file;
    private volatile String problem;
    private volatile Path backup;

    public SettingsStore(Path dataDir) {
        this.file = dataDir.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    /** What was wrong with the file at the last load (position and reason), if it could not be read. */
    public java.util.Optional<String> problem() {
        return java.util.Optional.ofNullable(problem);
    }

    /** Where the unreadable file was copied before it was first written over, once that happened. */
    public java.util.Optional<Path> backup() {
        return java.util.Optional.ofNullable(backup);
    }

    public AppSettings load() {
        problem = null;
        if (!Files.isRegularFile(file)) {
            return AppSettings.DEFAULT;
        }
        try {
            JsonNode node = Json.tree(file);
            if (node == null || !node.isObject()) {
                problem = "not a JSON object";
                return AppSettings.DEFAULT;
            }
            AppSettings d = AppSettings.DEFAULT;
            String language = node.path("language").isTextual() ? node.path("language").asText() : d.language();
            int minutes = node.path("expiringSoonMinutes").canConvertToInt() ? node.path("expiringSoonMinutes").asInt() : d.expiringSoonMinutes();
            boolean notify = node.path("notifications").isBoolean() ? node.path("notifications").asBoolean() : d.notifications();
            return new AppSettings(language, minutes, notify, connection(node.path("connection")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problem = e.getLocation() == null ? e.getOriginalMessage()
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage();
            return AppSettings.DEFAULT;
        } catch (IOException e) {
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            return AppSettings.DEFAULT;
        }
    }

    private static ConnectionSettings connection(JsonNode c) {
        if (!c.isObject()) {
            return ConnectionSettings.DEFAULT;
        }
        ConnectionSettings d = ConnectionSettings.DEFAULT;
        return new ConnectionSettings(c.path("provider").asText(d.provider()), c.path("customBaseUrl").asText(""),
                c.path("flow").asText(d.flow()), c.path("clientId").asText(""), c.path("redirectUri").asText(""),
                c.path("jwtAppId").asText(""), c.path("jwtKeyId").asText(""),
                c.path("refreshMarginSeconds").asInt(d.refreshMarginSeconds()), c.path("autoRefresh").asBoolean(d.autoRefresh()),
                c.path("workspaceId").asText(""), c.path("accountId").asText(""));
    }

    public void save(AppSettings settings) throws IOException {
        ObjectNode node = Json.object();
        if (settings.language() != null) {
            node.put("language", settings.language());
        }
        node.put("expiringSoonMinutes", settings.expiringSoonMinutes());
        node.put("notifications", settings.notifications());
        ConnectionSettings c = settings.connection();
        ObjectNode conn = node.putObject("connection");
        conn.put("provider", c.provider());
        conn.put("customBaseUrl", c.customBaseUrl());
        conn.put("flow", c.flow());
        conn.put("clientId", c.clientId());
        conn.put("redirectUri", c.redirectUri());
        conn.put("jwtAppId", c.jwtAppId());
        conn.put("jwtKeyId", c.jwtKeyId());
        conn.put("refreshMarginSeconds", c.refreshMarginSeconds());
        conn.put("autoRefresh", c.autoRefresh());
        conn.put("workspaceId", c.workspaceId());
        conn.put("accountId", c.accountId());
        backUpUnreadable();
        SafeFiles.writeAtomically(file, Json.indented().writeValueAsBytes(node));
    }

    /** The user's unreadable file is kept (copied under backups/) before the first write replaces it. */
    private synchronized void backUpUnreadable() throws IOException {
        if (problem == null || backup != null || !Files.isRegularFile(file)) {
            return;
        }
        Path folder = SafeFiles.ensureDirectory(file.resolveSibling("backups"));
        Path target = folder.resolve("settings-unreadable.json");
        for (int n = 1; Files.exists(target); n++) {
            target = folder.resolve("settings-unreadable-" + n + ".json");
        }
        Files.copy(file, target);
        SafeFiles.restrict(target);
        backup = target;
    }
}
