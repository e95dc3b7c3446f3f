package dev.tokendoctor.storage.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.SafeFiles;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.settings.SettingsViewModel;
import dev.tokendoctor.storage.SecretStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secrets against a real Secret Service: gnome-keyring-daemon on a private D-Bus session bus
 * ({@link PrivateSecretService}). Values go to the keyring, {@code secrets.json} moves into it
 * without losing anything, and afterwards no file in the data folder holds a secret.
 */
class KeyringSecretStoreTest {

    @RegisterExtension
    static final PrivateSecretService SERVICE = new PrivateSecretService();

    static final String SECRET = "CANARYkeyringClientSecret0123456789";
    static final String KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQCANARYkeyringKeyBody0123456789abcdef\n-----END PRIVATE KEY-----";

    @TempDir
    Path dir;

    @Test
    void valuesGoToTheKeyringAndNoFileIsWritten() throws Exception {
        SecretStore secrets = keyringStore();

        secrets.put(SecretStore.CLIENT_SECRET, SECRET);
        secrets.put(SecretStore.PRIVATE_KEY, KEY);

        assertThat(secrets.place()).isEqualTo(SecretStore.Place.KEYRING);
        assertThat(secrets.file()).doesNotExist();
        SecretStore again = keyringStore();
        assertThat(again.get(SecretStore.CLIENT_SECRET)).contains(SECRET);
        assertThat(again.get(SecretStore.PRIVATE_KEY)).contains(KEY);
        // read by libsecret's own client, not by the library that wrote it
        assertThat(secretTool(SecretStore.CLIENT_SECRET)).isEqualTo(SECRET);
        assertThat(KeyringCredentialStore.open(dir).orElseThrow().kind()).isEqualTo("GNOME_KEYRING");

        again.put(SecretStore.CLIENT_SECRET, " ");
        assertThat(keyringStore().get(SecretStore.CLIENT_SECRET)).isEmpty();
        assertThat(secretTool(SecretStore.CLIENT_SECRET)).isEmpty();
        assertNoFileHolds(SECRET, "CANARYkeyringKeyBody");
    }

    @Test
    void anExistingSecretsFileMovesIntoTheKeyringAndIsWiped() throws Exception {
        SecretStore file = new SecretStore(dir, Optional::empty);
        file.put(SecretStore.CLIENT_SECRET, SECRET);
        file.put(SecretStore.PRIVATE_KEY, KEY);
        assertThat(file.file()).exists();

        SecretStore secrets = keyringStore();

        assertThat(secrets.get(SecretStore.CLIENT_SECRET)).contains(SECRET);
        assertThat(secrets.get(SecretStore.PRIVATE_KEY)).contains(KEY);
        assertThat(secrets.place()).isEqualTo(SecretStore.Place.KEYRING);
        assertThat(secrets.file()).doesNotExist();
        assertThat(secretTool(SecretStore.PRIVATE_KEY)).isEqualTo(KEY);
        assertNoFileHolds(SECRET, "CANARYkeyringKeyBody");
    }

    @Test
    void aValueTheKeyringDoesNotReadBackStaysInTheFile() throws Exception {
        new SecretStore(dir, Optional::empty).put(SecretStore.CLIENT_SECRET, SECRET);
        new SecretStore(dir, Optional::empty).put(SecretStore.PRIVATE_KEY, KEY);
        CredentialStore real = KeyringCredentialStore.open(dir).orElseThrow();
        // the real keyring, with the private key's read-back changed: the move must keep the file copy
        CredentialStore garbling = new GarblingStore(real, SecretStore.PRIVATE_KEY);

        SecretStore secrets = new SecretStore(dir, () -> Optional.of(garbling));

        assertThat(secrets.place()).isEqualTo(SecretStore.Place.FILE_AFTER_KEYRING_ERROR);
        assertThat(secrets.get(SecretStore.PRIVATE_KEY)).contains(KEY);
        assertThat(secrets.get(SecretStore.CLIENT_SECRET)).contains(SECRET);
        String left = Files.readString(dir.resolve("secrets.json"));
        assertThat(left).contains("CANARYkeyringKeyBody").doesNotContain(SECRET);

        // the next start, with a keyring that works, finishes the move
        SecretStore later = keyringStore();
        assertThat(later.get(SecretStore.PRIVATE_KEY)).contains(KEY);
        assertThat(later.place()).isEqualTo(SecretStore.Place.KEYRING);
        assertThat(dir.resolve("secrets.json")).doesNotExist();
    }

    @Test
    void settingsSaysTheSecretsAreInTheKeyring() {
        SettingsViewModel vm = new SettingsViewModel(AppSettings.DEFAULT, "en", dir.toString(), new SettingsStore(dir),
                keyringStore(), BackgroundExecutor.sameThread(), new Messages(Messages.ENGLISH), settings -> { });
        vm.newClientSecretProperty().set(SECRET);
        vm.saveSecrets();

        assertThat(vm.secretsPlaceProperty().get()).startsWith("Kept in the system keyring");
        assertThat(vm.secretsFeedback().infoProperty().get()).isEqualTo("Saved in the system keyring.");
        assertThat(dir.resolve("secrets.json")).doesNotExist();
    }

    @Test
    void aMoveKilledAfterTheWipeLeavesNothingToLose() throws Exception {
        keyringStore().put(SecretStore.CLIENT_SECRET, SECRET);
        // what a kill between overwriting the file with zeros and deleting it leaves behind
        SafeFiles.writeAtomically(dir.resolve("secrets.json"), new byte[64]);

        SecretStore secrets = keyringStore();

        assertThat(secrets.get(SecretStore.CLIENT_SECRET)).contains(SECRET);
        assertThat(secrets.place()).isEqualTo(SecretStore.Place.KEYRING);
    }

    @Test
    void theNamedModuleReachesTheKeyringOnTheModulePath() throws Exception {
        new SecretStore(dir, Optional::empty).put(SecretStore.CLIENT_SECRET, SECRET);
        String runtime = Files.readString(Path.of("target/runtime-classpath.txt"), StandardCharsets.UTF_8).trim();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", "target/classes" + java.io.File.pathSeparator + runtime,
                "--add-modules", "dev.tokendoctor", "--add-exports", "dev.tokendoctor/dev.tokendoctor.storage=ALL-UNNAMED",
                "-cp", "target/test-classes", "dev.tokendoctor.modulepathchild.KeyringChild", dir.toString(), KEY);
        builder.environment().putAll(SERVICE.environment());
        builder.environment().remove("DISPLAY");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out).contains("place=KEYRING migrated=true readBack=true module=dev.tokendoctor").doesNotContain("CANARY");
        assertThat(process.exitValue()).as(out).isZero(); // and it exited: no D-Bus thread kept it alive
        assertThat(dir.resolve("secrets.json")).doesNotExist();
        assertThat(secretTool(SecretStore.CLIENT_SECRET)).isEqualTo(SECRET);
        assertThat(secretTool(SecretStore.PRIVATE_KEY)).isEqualTo(KEY);
    }

    private String secretTool(String name) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("secret-tool", "lookup", "service", KeyringCredentialStore.SERVICE,
                "account", name + " @ " + dir.toAbsolutePath().normalize());
        builder.environment().putAll(SERVICE.environment());
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private void assertNoFileHolds(String... canaries) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String canary : canaries) {
                    assertThat(text).as(file.toString()).doesNotContain(canary);
                }
            }
        }
    }

    /** Passes everything to the real keyring but changes what one name reads back as. */
    private record GarblingStore(CredentialStore real, String garbled) implements CredentialStore {
        @Override
        public Optional<String> read(String name) throws IOException {
            Optional<String> value = real.read(name);
            return name.equals(garbled) ? value.map(v -> v + "x") : value;
        }

        @Override
        public void write(String name, String value) throws IOException {
            real.write(name, value);
        }

        @Override
        public void delete(String name) throws IOException {
            real.delete(name);
        }

        @Override
        public String kind() {
            return real.kind();
        }
    }

    /** The test suite runs with {@code -Dtokendoctor.credentials=file}: name the keyring explicitly. */
    private SecretStore keyringStore() {
        return new SecretStore(dir, () -> KeyringCredentialStore.open(dir));
    }
}
