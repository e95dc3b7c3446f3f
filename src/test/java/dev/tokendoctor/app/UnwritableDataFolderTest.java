package dev.tokendoctor.app;

import dev.tokendoctor.service.ConnectionService;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.storage.DataFolderCheck;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.testing.MemoryClipboard;
import dev.tokendoctor.testing.MutableClock;
import dev.tokendoctor.testing.RecordingDialogs;
import dev.tokendoctor.testing.RecordingNotifier;
import dev.tokendoctor.testing.SandboxSignIn;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.status.TokenStatusViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, finding 2: a data folder that cannot be written is said at start, and the tokens of a
 * sign-in that then cannot be saved are kept in memory, shown as not saved, and saved with
 * "Save as…". The folder is made unwritable for real (its path runs through a regular file: the
 * tests run as root, for whom permission bits are no obstacle).
 */
class UnwritableDataFolderTest {

    @TempDir
    Path dir;
    Path data;
    final MutableClock clock = new MutableClock(Instant.now());
    final RecordingDialogs dialogs = new RecordingDialogs();
    ConnectionService connection;
    StoredTokens stored;
    TokenStatusViewModel status;

    @BeforeEach
    void wire() throws Exception {
        data = Files.writeString(dir.resolve("blocker"), "a file, not a folder").resolve("data");
        ConnectionSettings manual = new ConnectionSettings("SANDBOX", "", "PKCE", "", "", "", "", 60, false);
        connection = new ConnectionService(() -> manual, new SecretStore(data), clock, new ExchangeLog(), SandboxConfig.defaults());
        TokenParser parser = new TokenParser(clock);
        stored = new StoredTokens(new FileTokenStore(data, clock), parser);
        status = new TokenStatusViewModel(stored, parser, () -> new HealthEvaluator(HealthPolicy.DEFAULT), clock,
                BackgroundExecutor.sameThread(), dialogs, new RecordingNotifier(), new MemoryClipboard(),
                new Messages(Messages.ENGLISH));
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    void theProblemIsSaidAtStart() {
        assertThat(DataFolderCheck.problem(data)).isPresent();
        DataFolderCheck.problem(data).ifPresent(p -> status.problemAtStart(dev.tokendoctor.core.i18n.Msg.of("storage.notWritable", data.toString(), p)));
        assertThat(status.storageNoticeProperty().get()).contains("cannot be written").contains(data.toString());
        assertThat(DataFolderCheck.problem(dir)).isEmpty();
    }

    @Test
    void aSignInWhoseTokensCannotBeSavedKeepsThemShowsThemUnsavedAndSavesThemWhereTheUserSays() throws Exception {
        TokenGrant grant = SandboxSignIn.signIn(connection.profile(), connection.client());

        new SignInBackend(connection, stored, uri -> false).store(grant); // no exception: the sign-in worked
        status.loadStored();

        assertThat(status.health().state()).isEqualTo(HealthState.VALID);
        assertThat(status.unsavedProperty().get()).isTrue();
        assertThat(status.storageNoticeProperty().get()).contains("NOT saved");

        dialogs.fileToSave = dir.resolve("elsewhere").resolve("tokens.json");
        status.saveAs();
        assertThat(Files.readString(dialogs.fileToSave)).contains(grant.accessToken()).contains(grant.refreshToken());
        assertThat(status.infoProperty().get()).contains(dialogs.fileToSave.toString());
    }
}
