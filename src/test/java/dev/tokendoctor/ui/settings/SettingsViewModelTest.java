package dev.tokendoctor.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    static final String SECRET = "CANARY-client-secret-0123456789abcdef";
    static final String PEM = "-----BEGIN PRIVATE KEY-----\nCANARYkeyMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";

    @TempDir
    Path dir;
    final List<AppSettings> changes = new ArrayList<>();
    SettingsViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new SettingsViewModel(AppSettings.DEFAULT, "zh", dir.toString(), new SettingsStore(dir), new SecretStore(dir),
                BackgroundExecutor.sameThread(), new Messages(Messages.ENGLISH), changes::add);
    }

    @Test
    void languageThresholdAndNotificationsApplyAtOnceAndAreSaved() {
        vm.languageProperty().set("en");
        vm.expiringSoonMinutesProperty().set(3);
        vm.notificationsProperty().set(false);
        assertThat(changes).last().isEqualTo(new AppSettings("en", 3, false));
        assertThat(new SettingsStore(dir).load()).isEqualTo(new AppSettings("en", 3, false));
    }

    @Test
    void aConnectionIsCheckedBeforeItIsApplied() {
        vm.providerProperty().set("CUSTOM");
        vm.customBaseUrlProperty().set("api.coze.cn");
        vm.applyConnection();
        assertThat(vm.connectionFeedback().errorProperty().get()).contains("api.coze.cn").contains("https://");
        assertThat(changes).isEmpty();

        vm.customBaseUrlProperty().set("https://relay.example.com");
        vm.clientIdProperty().set("");
        vm.applyConnection();
        assertThat(vm.connectionFeedback().errorProperty().get()).contains("client id");

        vm.clientIdProperty().set("12345678901234567890123456789012.app.coze");
        vm.redirectUriProperty().set("http://127.0.0.1:18765/oauth/callback");
        vm.applyConnection();
        assertThat(vm.connectionFeedback().errorProperty().get()).isEmpty();
        assertThat(changes).last().extracting(s -> s.connection().customBaseUrl()).isEqualTo("https://relay.example.com");
        assertThat(new SettingsStore(dir).load().connection().provider()).isEqualTo("CUSTOM");
    }

    @Test
    void secretsAreStoredOwnerOnlyAndComeBackOnlyAsFingerprints() throws Exception {
        vm.newClientSecretProperty().set(SECRET);
        vm.newPrivateKeyProperty().set(PEM);
        vm.saveSecrets();

        assertThat(vm.newClientSecretProperty().get()).isEmpty();
        assertThat(vm.newPrivateKeyProperty().get()).isEmpty();
        assertThat(vm.secretFingerprintProperty().get()).isNotEmpty().doesNotContain("CANARY");
        assertThat(vm.keyFingerprintProperty().get()).isNotEmpty().doesNotContain("CANARY");
        assertThat(new SecretStore(dir).get(SecretStore.CLIENT_SECRET)).contains(SECRET);
        Path file = new SecretStore(dir).file();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        vm.languageProperty().set("en");
        assertThat(Files.readString(new SettingsStore(dir).file())).doesNotContain("CANARY");
    }

    @Test
    void anEmptyRedirectUriTakesTheDefaultShownInTheField() {
        vm.providerProperty().set("COZE_CN");
        vm.clientIdProperty().set("12345678901234567890123456789012.app.coze");
        vm.redirectUriProperty().set("");
        vm.applyConnection();
        assertThat(vm.connectionFeedback().errorProperty().get()).isEmpty();
        assertThat(changes).last().extracting(s -> s.connection().redirectUri()).isEqualTo(SettingsViewModel.DEFAULT_REDIRECT_URI);
    }

    @Test
    void aKeyThatIsNotPkcs8PemIsRefusedWithASentence() {
        vm.newPrivateKeyProperty().set("-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----");
        vm.saveSecrets();
        assertThat(vm.secretsFeedback().errorProperty().get()).contains("PKCS#8");
        assertThat(vm.keyFingerprintProperty().get()).isEmpty();
    }
}
