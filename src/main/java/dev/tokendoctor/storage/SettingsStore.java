package dev.tokendoctor.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code settings.json} in the data folder. An unreadable file yields the defaults (and is left in place). */
public final class SettingsStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public SettingsStore(Path dataDir) {
        this.file = dataDir.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    public AppSettings load() {
        if (!Files.isRegularFile(file)) {
            return AppSettings.DEFAULT;
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            AppSettings d = AppSettings.DEFAULT;
            String language = node.path("language").isTextual() ? node.path("language").asText() : d.language();
            int minutes = node.path("expiringSoonMinutes").canConvertToInt() ? node.path("expiringSoonMinutes").asInt() : d.expiringSoonMinutes();
            boolean notify = node.path("notifications").isBoolean() ? node.path("notifications").asBoolean() : d.notifications();
            return new AppSettings(language, minutes, notify, connection(node.path("connection")));
        } catch (IOException e) {
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
        ObjectNode node = JSON.createObjectNode();
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
        SafeFiles.writeAtomically(file, JSON.writeValueAsBytes(node));
    }
}
