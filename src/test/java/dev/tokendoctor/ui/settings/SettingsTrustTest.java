package dev.tokendoctor.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, finding 3: a malformed settings.json is reported (what and where), backed up before
 * the first write over it, and "saved" is said only after a write that succeeded.
 */
class SettingsTrustTest {

    static final String MALFORMED = "{\n  \"language\": \"en\",\n  \"expiringSoonMinutes\": 5,\n}\n";

    @TempDir
    Path dir;

    @Test
    void aMalformedFileIsReportedWithItsPositionAndBackedUpBeforeTheFirstWrite() throws Exception {
        Files.writeString(dir.resolve("settings.json"), MALFORMED);
        SettingsStore store = new SettingsStore(dir);

        assertThat(store.load()).isEqualTo(AppSettings.DEFAULT);
        assertThat(store.problem()).get().asString().contains("line 4");

        SettingsViewModel vm = viewModel(store);
        assertThat(vm.errorProperty().get()).contains("could not be read").contains("line 4").contains("settings.json");

        vm.applyConnection();
        assertThat(store.backup()).isPresent();
        assertThat(Files.readString(store.backup().get(), StandardCharsets.UTF_8)).isEqualTo(MALFORMED);
        AppSettings written = new SettingsStore(dir).load(); // the defaults, with the shown redirect URI filled in
        assertThat(written.withConnection(AppSettings.DEFAULT.connection())).isEqualTo(AppSettings.DEFAULT);
        assertThat(written.connection().redirectUri()).isNotBlank();
        assertThat(vm.connectionFeedback().infoProperty().get()).isEqualTo(new Messages(Messages.ENGLISH).get("settings.applied"));
        assertThat(vm.connectionFeedback().errorProperty().get()).isEmpty();
    }

    @Test
    void applyConnectionSaysSavedOnlyAfterTheWriteSucceeded() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        SettingsViewModel vm = viewModel(new SettingsStore(blocker.resolve("data")));

        vm.clientIdProperty().set("1234");
        vm.applyConnection();

        assertThat(vm.connectionFeedback().infoProperty().get()).isEmpty(); // never "saved"
        assertThat(vm.connectionFeedback().errorProperty().get()).startsWith("The settings could not be saved"); // said next to Apply
    }

    private SettingsViewModel viewModel(SettingsStore store) {
        return new SettingsViewModel(AppSettings.DEFAULT, "en", dir.toString(), store, new SecretStore(dir),
                BackgroundExecutor.sameThread(), new Messages(Messages.ENGLISH), s -> { });
    }
}
