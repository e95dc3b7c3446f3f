package dev.tokendoctor.storage.credentials;

import java.io.IOException;
import java.util.Optional;

/**
 * The operating system's credential store (Secret Service on Linux, the Keychain on macOS, the
 * Credential Manager on Windows), seen as named text values. Each call may talk to another process
 * and wait for it: never call it on the FX thread. A failure is an {@link IOException} whose
 * message never holds a value.
 */
public interface CredentialStore {

    /** The value stored under {@code name}, or empty when there is none. */
    Optional<String> read(String name) throws IOException;

    /** Stores {@code value} under {@code name}, replacing what was there. */
    void write(String name, String value) throws IOException;

    /** Removes {@code name}; nothing happens when it is absent. */
    void delete(String name) throws IOException;

    /** Which store answered (for example {@code GNOME_KEYRING}); never a value. */
    String kind();
}
