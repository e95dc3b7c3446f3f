package dev.tokendoctor.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.json.Json;
import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.storage.credentials.CredentialStore;
import dev.tokendoctor.storage.credentials.KeyringCredentialStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The client secret and the JWT app's private key. They live in the OS credential store when one
 * answers, else in {@code secrets.json}, owner-only and written atomically. Values go in and are
 * used; to the user they come back only as a {@link Fingerprint}.
 *
 * <p>The credential store is opened on first use, never at construction: opening it talks to
 * another process, and the app builds this store before its first frame. At that first use the
 * values still in {@code secrets.json} move into the credential store, one by one: a value leaves
 * the file only once the store reads it back identical, so a failed or killed move loses nothing
 * and is simply done again at the next use. When a write to the store fails later, the value goes
 * to the file instead (never dropped) and moves back at the next start.
 */
public final class SecretStore {

    public static final String CLIENT_SECRET = "client_secret";
    public static final String PRIVATE_KEY = "private_key_pem";

    /** {@code -Dtokendoctor.credentials=file} keeps secrets in the file (the test suite sets it: it must not fill a developer's keyring). */
    public static final String CREDENTIALS_PROPERTY = "tokendoctor.credentials";

    /** Where the secrets are kept, for the note in Settings. */
    public enum Place {
        /** In the OS credential store. */
        KEYRING,
        /** In the owner-only file: no credential store answers. */
        FILE,
        /** In the owner-only file: a credential store answers but refused a value. */
        FILE_AFTER_KEYRING_ERROR
    }

    private final Path file;
    private final Supplier<Optional<CredentialStore>> opener;
    private CredentialStore keyring;
    private boolean opened;
    private boolean keyringFailed;

    /** The system's credential store when there is one (unless {@value #CREDENTIALS_PROPERTY} is {@code file}), else the file. */
    public SecretStore(Path dataDir) {
        this(dataDir, "file".equals(System.getProperty(CREDENTIALS_PROPERTY))
                ? Optional::empty : () -> KeyringCredentialStore.open(dataDir));
    }

    /** {@code opener} is called once, on first use, off the FX thread. */
    public SecretStore(Path dataDir, Supplier<Optional<CredentialStore>> opener) {
        this.file = dataDir.resolve("secrets.json");
        this.opener = opener;
    }

    public Path file() {
        return file;
    }

    /** Where the secrets are kept now. Opens the credential store on the first call: not on the FX thread. */
    public synchronized Place place() {
        CredentialStore store = keyring();
        if (store == null) {
            return Place.FILE;
        }
        boolean fileHoldsValues;
        try {
            fileHoldsValues = !entries(read()).isEmpty();
        } catch (IOException e) {
            fileHoldsValues = true;
        }
        return keyringFailed || fileHoldsValues ? Place.FILE_AFTER_KEYRING_ERROR : Place.KEYRING;
    }

    public synchronized Optional<String> get(String name) throws IOException {
        CredentialStore store = keyring();
        JsonNode inFile = read().get(name);
        if (inFile != null || store == null) {
            return text(inFile); // a value (or a removal: "") the credential store refused is newer than what it holds
        }
        return store.read(name);
    }

    /** Stores {@code value}; a blank value removes the secret. */
    public synchronized void put(String name, String value) throws IOException {
        String stripped = value == null ? "" : value.strip();
        CredentialStore store = keyring();
        if (store != null) {
            try {
                if (stripped.isEmpty()) {
                    store.delete(name);
                } else if (!storeVerified(store, name, stripped)) {
                    throw new IOException("credential store: read-back differs");
                }
                removeFromFile(name);
                return;
            } catch (IOException e) {
                keyringFailed = true; // kept in the file below, moved to the store at the next start
            }
        }
        ObjectNode node = read();
        if (stripped.isEmpty() && store == null) {
            node.remove(name);
        } else {
            node.put(name, stripped);
        }
        SafeFiles.writeAtomically(file, Json.mapper().writeValueAsBytes(node));
    }

    /** What the UI may show of a secret: its fingerprint, or empty when none is stored. */
    public String fingerprint(String name) {
        try {
            return get(name).map(Fingerprint::text).orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private CredentialStore keyring() {
        if (!opened) {
            opened = true;
            keyring = opener.get().orElse(null);
            if (keyring != null) {
                moveFileIntoKeyring(keyring);
            }
        }
        return keyring;
    }

    /** Each value leaves the file only after the store reads it back identical; what fails stays in the file. */
    private void moveFileIntoKeyring(CredentialStore store) {
        try {
            ObjectNode node = read();
            List<String> moved = new ArrayList<>();
            for (Map.Entry<String, String> entry : entries(node).entrySet()) {
                if (storeVerified(store, entry.getKey(), entry.getValue())) {
                    moved.add(entry.getKey());
                } else {
                    keyringFailed = true;
                }
            }
            for (String name : moved) {
                node.remove(name);
            }
            if (!moved.isEmpty()) {
                rewriteOrWipe(node);
            }
        } catch (IOException e) {
            keyringFailed = true; // the file stays as it was; the next start tries again
        }
    }

    /** Writes {@code value} (an empty one removes the secret) and reads it back. */
    private static boolean storeVerified(CredentialStore store, String name, String value) {
        try {
            if (value.isEmpty()) {
                store.delete(name);
                return store.read(name).isEmpty();
            }
            store.write(name, value);
            return store.read(name).filter(value::equals).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private void removeFromFile(String name) throws IOException {
        ObjectNode node = read();
        if (node.remove(name) != null) {
            rewriteOrWipe(node);
        }
    }

    /** The last secret leaving the file: its bytes are overwritten with zeros before it is deleted. */
    private void rewriteOrWipe(ObjectNode remaining) throws IOException {
        if (!entries(remaining).isEmpty()) {
            SafeFiles.writeAtomically(file, Json.mapper().writeValueAsBytes(remaining));
            return;
        }
        if (Files.isRegularFile(file)) {
            long size = Files.size(file);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(size, Integer.MAX_VALUE));
                while (zeros.hasRemaining()) {
                    channel.write(zeros);
                }
                channel.force(true);
            }
        }
        Files.deleteIfExists(file);
    }

    private ObjectNode read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Json.object();
        }
        byte[] bytes = Files.readAllBytes(file);
        if (allZero(bytes)) {
            return Json.object(); // a wipe killed before its delete
        }
        JsonNode node = Json.tree(bytes);
        return node instanceof ObjectNode object ? object : Json.object();
    }

    /** Every text field, removals ({@code ""}) included. */
    private static Map<String, String> entries(ObjectNode node) {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual()) {
                entries.put(field.getKey(), field.getValue().asText());
            }
        });
        return entries;
    }

    private static Optional<String> text(JsonNode value) {
        return value == null || !value.isTextual() || value.asText().isEmpty() ? Optional.empty() : Optional.of(value.asText());
    }

    private static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
