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
            return new AppSettings(language, minutes, notify);
        } catch (IOException e) {
            return AppSettings.DEFAULT;
        }
    }

    public void save(AppSettings settings) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        if (settings.language() != null) {
            node.put("language", settings.language());
        }
        node.put("expiringSoonMinutes", settings.expiringSoonMinutes());
        node.put("notifications", settings.notifications());
        SafeFiles.writeAtomically(file, JSON.writeValueAsBytes(node));
    }
}
