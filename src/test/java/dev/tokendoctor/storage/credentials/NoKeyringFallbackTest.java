package dev.tokendoctor.storage.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.settings.SettingsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No D-Bus session (the bus address names a socket nobody listens on, as on a headless server or
 * in CI): the credential store is reported absent, the secrets go to the owner-only file, and
 * Settings says so in both languages.
 */
class NoKeyringFallbackTest {

    static final String SECRET = "CANARYfallbackSecret0123456789";
    private static final String BUS = "DBUS_SESSION_BUS_ADDRESS";

    @TempDir
    Path dir;
    private String previous;

    @BeforeEach
    void noSessionBus() {
        previous = System.setProperty(BUS, "unix:path=" + dir.resolve("no-bus-here"));
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(BUS);
        } else {
            System.setProperty(BUS, previous);
        }
    }

    @Test
    void withoutASessionBusThereIsNoCredentialStore() {
        long start = System.nanoTime();
        assertThat(KeyringCredentialStore.open(dir)).isEmpty();
        System.out.printf(Locale.ROOT, "no keyring found in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void secretsThenGoToTheOwnerOnlyFileAndSettingsSaysWhy() throws Exception {
        SecretStore secrets = new SecretStore(dir, () -> KeyringCredentialStore.open(dir));
        secrets.put(SecretStore.CLIENT_SECRET, SECRET);

        assertThat(secrets.place()).isEqualTo(SecretStore.Place.FILE);
        assertThat(new SecretStore(dir, () -> KeyringCredentialStore.open(dir)).get(SecretStore.CLIENT_SECRET)).contains(SECRET);
        assertThat(Files.getPosixFilePermissions(secrets.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        assertThat(note(secrets, Messages.ENGLISH))
                .isEqualTo("Kept in an owner-only file (" + secrets.file() + ") because no system keyring is available.");
        assertThat(note(secrets, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("保存在仅本人可读的文件（" + secrets.file() + "）里，因为没有可用的系统钥匙串。");
    }

    private String note(SecretStore secrets, Locale locale) {
        SettingsViewModel vm = new SettingsViewModel(AppSettings.DEFAULT, locale.getLanguage(), dir.toString(),
                new SettingsStore(dir), secrets, BackgroundExecutor.sameThread(), new Messages(locale), settings -> { });
        assertThat(vm.secretFingerprintProperty().get()).doesNotContain("CANARY").isNotEmpty();
        return vm.secretsPlaceProperty().get();
    }
}
