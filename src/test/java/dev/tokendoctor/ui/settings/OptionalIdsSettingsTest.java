package dev.tokendoctor.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional workspace id (device code) and enterprise account id (JWT) are kept, saved and read back. */
class OptionalIdsSettingsTest {

    @TempDir
    Path dir;

    @Test
    void workspaceAndAccountIdsAreSavedAndComeBack() {
        List<AppSettings> changes = new ArrayList<>();
        SettingsViewModel vm = new SettingsViewModel(AppSettings.DEFAULT, "en", dir.toString(), new SettingsStore(dir),
                new SecretStore(dir), BackgroundExecutor.sameThread(), new Messages(Messages.ENGLISH), changes::add);
        vm.providerProperty().set("COZE_CN");
        vm.flowProperty().set("JWT");
        vm.jwtAppIdProperty().set("1234567890");
        vm.jwtKeyIdProperty().set("kid-1");
        vm.workspaceIdProperty().set(" 7350000000000000001 ");
        vm.accountIdProperty().set("7340000000000000042");

        vm.applyConnection();

        ConnectionSettings saved = new SettingsStore(dir).load().connection();
        assertThat(saved.workspaceId()).isEqualTo("7350000000000000001");
        assertThat(saved.accountId()).isEqualTo("7340000000000000042");
        assertThat(changes).last().extracting(AppSettings::connection).isEqualTo(saved);
        assertThat(ConnectionSettings.DEFAULT.workspaceId()).isEmpty();
    }
}
