package dev.tokendoctor.storage.credentials;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The OS credential store through java-keyring: Secret Service over D-Bus on Linux (gnome-keyring,
 * KWallet), the Keychain on macOS, the Credential Manager on Windows. Values are kept under the
 * service {@value #SERVICE} and an account naming the secret and the data folder, so two data
 * folders (a test run, {@code --data-dir}) never share a secret.
 *
 * <p>Every call opens the store and closes it again: an open D-Bus connection keeps a non-daemon
 * thread alive, which would keep the command line's JVM from exiting. Messages of the library's
 * exceptions are not passed on (they name the account, never a value, but stay inside this class).
 */
public final class KeyringCredentialStore implements CredentialStore {

    static final String SERVICE = "Coze Token Doctor";

    private final String folder;
    private final String kind;

    private KeyringCredentialStore(Path dataDir, String kind) {
        this.folder = dataDir.toAbsolutePath().normalize().toString();
        this.kind = kind;
    }

    /**
     * The system's store for {@code dataDir}, or empty when none answers (no D-Bus session, no
     * Secret Service, not a supported OS). Can take a few hundred milliseconds: off the FX thread.
     */
    public static Optional<CredentialStore> open(Path dataDir) {
        try (Keyring keyring = Keyring.create()) {
            return Optional.of(new KeyringCredentialStore(dataDir, keyring.getKeyringStorageType().name()));
        } catch (BackendNotSupportedException e) {
            return Optional.empty();
        } catch (Exception | LinkageError e) {
            // a half-working bus or a missing native library is the same for the user: no keyring
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> read(String name) throws IOException {
        try (Keyring keyring = create()) {
            String value = keyring.getPassword(SERVICE, account(name));
            return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
        } catch (PasswordAccessException e) {
            return Optional.empty(); // nothing stored under this account
        } catch (IOException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw failure("read", e);
        }
    }

    @Override
    public void write(String name, String value) throws IOException {
        try (Keyring keyring = create()) {
            keyring.setPassword(SERVICE, account(name), value);
        } catch (IOException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw failure("write", e);
        }
    }

    @Override
    public void delete(String name) throws IOException {
        try (Keyring keyring = create()) {
            keyring.deletePassword(SERVICE, account(name));
        } catch (PasswordAccessException e) {
            // already absent
        } catch (IOException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw failure("delete", e);
        }
    }

    @Override
    public String kind() {
        return kind;
    }

    private String account(String name) {
        return name + " @ " + folder;
    }

    private static Keyring create() throws IOException {
        try {
            return Keyring.create();
        } catch (BackendNotSupportedException | RuntimeException e) {
            throw failure("open", e);
        }
    }

    /** Names the step and the exception's type only: the library's message is not ours to show. */
    private static IOException failure(String step, Throwable e) {
        return new IOException("credential store: " + step + " failed (" + e.getClass().getSimpleName() + ")");
    }
}
