package dev.tokendoctor.app;

import dev.tokendoctor.service.ConnectionService;
import dev.tokendoctor.service.RefreshService;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.Grants;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.storage.TokenJson;
import dev.tokendoctor.testing.MemoryClipboard;
import dev.tokendoctor.testing.MutableClock;
import dev.tokendoctor.testing.RecordingDialogs;
import dev.tokendoctor.testing.RecordingNotifier;
import dev.tokendoctor.testing.SandboxSignIn;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.status.TokenStatusViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, finding 1: Undo is for the user's own clear and import, says what it puts back, and
 * asks before it brings back a refresh token Coze already rotated away. Real store, real refresh
 * against the built-in sandbox, the status view model on a same-thread executor.
 */
class UndoNeverWorseTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.now());
    final RecordingDialogs dialogs = new RecordingDialogs();
    ConnectionService connection;
    RefreshService refresh;
    StoredTokens stored;
    TokenStatusViewModel status;

    @BeforeEach
    void wire() {
        ConnectionSettings manual = new ConnectionSettings("SANDBOX", "", "PKCE", "", "", "", "", 60, false);
        connection = new ConnectionService(() -> manual, new SecretStore(dir), clock, new ExchangeLog(), SandboxConfig.defaults());
        TokenParser parser = new TokenParser(clock);
        stored = new StoredTokens(new FileTokenStore(dir, clock), parser);
        refresh = new RefreshService(connection, stored, clock, () -> manual, o -> { });
        status = new TokenStatusViewModel(stored, parser, () -> new HealthEvaluator(HealthPolicy.DEFAULT), clock,
                BackgroundExecutor.sameThread(), dialogs, new RecordingNotifier(), new MemoryClipboard(),
                new Messages(Messages.ENGLISH));
        status.connect(new StatusActions(refresh, connection, () -> { }, () -> { }));
    }

    @AfterEach
    void close() {
        refresh.close();
        connection.close();
    }

    @Test
    void afterARefreshThereIsNothingToUndoAndTheWizardOffersNoUndoClear() throws Exception {
        importText(signIn());
        status.refreshNow();

        assertThat(status.canUndo().get()).isFalse();
        assertThat(status.canUndoClear().get()).isFalse();
        assertThat(status.undoLabelProperty().get()).isEqualTo("Undo");
    }

    @Test
    void undoClearSaysWhatItPutsBackAndOnlyTheClearOffersTheWizardsUndoClear() throws Exception {
        TokenGrant first = signIn();
        importText(first);
        importText(signIn());
        assertThat(status.undoLabelProperty().get()).startsWith("Undo import (puts back czu_");
        assertThat(status.canUndoClear().get()).isFalse();

        dialogs.answerYes = true;
        status.clearTokens();
        assertThat(status.canUndoClear().get()).isTrue();
        assertThat(status.undoLabelProperty().get()).startsWith("Undo clear (puts back czu_");
    }

    @Test
    void undoAsksBeforeBringingBackARefreshTokenCozeAlreadyRotatedAway() throws Exception {
        TokenGrant old = signIn();
        importText(old);
        status.refreshNow();          // old's refresh token is now spent
        importText(old);              // the browser still had the old pair, and it was imported
        dialogs.answerYes = true;
        status.clearTokens();
        int asked = dialogs.confirmations.size();

        dialogs.answerYes = false;
        status.undo();

        assertThat(dialogs.confirmations).hasSize(asked + 1);
        assertThat(dialogs.confirmations.get(asked)).contains("already used or refused");
        assertThat(stored.store().read()).isEmpty(); // not restored without a yes
        assertThat(status.canUndo().get()).isTrue();
    }

    @Test
    void aSignInAfterAClearEndsTheUndoOfThatClear() throws Exception {
        importText(signIn());
        dialogs.answerYes = true;
        status.clearTokens();
        stored.save(Grants.toRecord(signIn()), dev.tokendoctor.storage.TokenStore.Change.SIGN_IN);
        status.loadStored();
        assertThat(status.canUndo().get()).isFalse();
    }

    private TokenGrant signIn() throws Exception {
        return SandboxSignIn.signIn(connection.profile(), connection.client());
    }

    private void importText(TokenGrant grant) {
        status.pasteTextProperty().set(new String(TokenJson.toBytes(Grants.toRecord(grant)), StandardCharsets.UTF_8));
        status.checkPastedText();
    }
}
