package dev.tokendoctor.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.token.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The client secret and the JWT app's private key: {@code secrets.json}, owner-only, written
 * atomically. Values go in and are used; to the user they come back only as a {@link Fingerprint}.
 */
public final class SecretStore {

    public static final String CLIENT_SECRET = "client_secret";
    public static final String PRIVATE_KEY = "private_key_pem";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public SecretStore(Path dataDir) {
        this.file = dataDir.resolve("secrets.json");
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<String> get(String name) throws IOException {
        JsonNode value = read().get(name);
        return value == null || !value.isTextual() || value.asText().isEmpty() ? Optional.empty() : Optional.of(value.asText());
    }

    /** Stores {@code value}; a blank value removes the secret. */
    public synchronized void put(String name, String value) throws IOException {
        ObjectNode node = read();
        if (value == null || value.isBlank()) {
            node.remove(name);
        } else {
            node.put(name, value.strip());
        }
        SafeFiles.writeAtomically(file, JSON.writeValueAsBytes(node));
    }

    /** What the UI may show of a secret: its fingerprint, or empty when none is stored. */
    public String fingerprint(String name) {
        try {
            return get(name).map(Fingerprint::text).orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private ObjectNode read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return JSON.createObjectNode();
        }
        JsonNode node = JSON.readTree(file.toFile());
        return node instanceof ObjectNode object ? object : JSON.createObjectNode();
    }
}
