package dev.tokendoctor.app;

import dev.tokendoctor.service.ConnectionService;
import dev.tokendoctor.service.RefreshService;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.Grants;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.oauth.refresh.AutomaticRefresh;
import dev.tokendoctor.sandbox.EventKind;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.storage.ConnectionSettings;
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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, findings 6 and 7 (start-up): the Status screen's refresh details, with the status view
 * model, the app's {@link StatusActions} and {@link RefreshService} against the built-in sandbox.
 */
class RefreshDetailsTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.now());
    ConnectionService connection;
    RefreshService refresh;
    StoredTokens stored;
    TokenStatusViewModel status;

    @BeforeEach
    void wire() {
        ConnectionSettings d = ConnectionSettings.DEFAULT;
        ConnectionSettings automatic = new ConnectionSettings("SANDBOX", "", "PKCE", "", "", "", "", d.refreshMarginSeconds(), true);
        connection = new ConnectionService(() -> automatic, new SecretStore(dir), clock, new ExchangeLog(), SandboxConfig.defaults());
        TokenParser parser = new TokenParser(clock);
        stored = new StoredTokens(new FileTokenStore(dir, clock), parser);
        refresh = new RefreshService(connection, stored, clock, () -> automatic, o -> { });
        status = new TokenStatusViewModel(stored, parser, () -> new HealthEvaluator(HealthPolicy.DEFAULT), clock,
                BackgroundExecutor.sameThread(), new RecordingDialogs(), new RecordingNotifier(), new MemoryClipboard(),
                new Messages(Messages.ENGLISH));
        status.connect(new StatusActions(refresh, connection, () -> { }, () -> { }));
    }

    @AfterEach
    void close() {
        refresh.close();
        connection.close();
    }

    @Test
    void afterAFailedRefreshNowNoAutomaticRefreshSendsTheRefusedTokenAgainAndNoDaysAreLeft() throws Exception {
        TokenGrant spent = signIn();
        rotateAway(spent);
        storeExpired(spent);

        status.refreshNow();

        assertThat(status.health().state()).isEqualTo(HealthState.EXPIRED_REAUTH_NEEDED);
        assertThat(refresh.automatic().mode()).isEqualTo(AutomaticRefresh.Mode.REFUSED);
        assertThat(refresh.nextAutomatic()).isEmpty();
        assertThat(status.text().autoRefresh()).contains("Coze refused the refresh token");
        assertThat(status.text().refreshLeft()).isEqualTo("refused by Coze: already used");
        // the app's own try at load, then the user's Refresh now: never a third, automatic one
        assertThat(connection.sandbox().events().count(EventKind.REFRESH_REUSED)).isEqualTo(2);
    }

    @Test
    void refreshNowIsDisabledWithoutARefreshToken() throws Exception {
        TokenGrant grant = signIn();
        stored.save(new TokenRecord(grant.accessToken(), null, grant.expiresAt(), grant.obtainedAt(), null, null, null));
        status.loadStored();
        assertThat(status.canRefresh().get()).isFalse();

        stored.save(Grants.toRecord(grant));
        status.loadStored();
        assertThat(status.canRefresh().get()).isTrue();
    }

    @Test
    void beforeTheFirstPlanTheStatusSaysStartingNotOffForLackOfARefreshToken() throws Exception {
        stored.save(Grants.toRecord(signIn()));
        status.loadStored();
        assertThat(status.text().autoRefresh()).startsWith("starting").doesNotContain("no refresh token");

        refresh.restartAutomatic();
        status.tick();
        assertThat(status.text().autoRefresh()).startsWith("in ");
    }

    /** Under the hood: the once-a-second tick reads published snapshots; it never waits for a lock held during I/O or a sandbox start. */
    @Test
    void theTickDoesNotWaitForTheLocksOfTheConnectionOrTheRefreshService() throws Exception {
        stored.save(Grants.toRecord(signIn()));
        status.loadStored();
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread holder = new Thread(() -> {
            synchronized (connection) {
                synchronized (refresh) {
                    held.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }, "holds-the-locks");
        holder.start();
        held.await();
        try {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> status.tick());
        } finally {
            release.countDown();
            holder.join();
        }
    }

    private TokenGrant signIn() throws Exception {
        return SandboxSignIn.signIn(connection.profile(), connection.client());
    }

    /** As a second tab would: the refresh token is spent elsewhere. */
    private void rotateAway(TokenGrant grant) throws Exception {
        OAuthOutcome rotated = connection.client().refresh(connection.profile().clientId(), grant.refreshToken(), null);
        assertThat(rotated).isInstanceOf(OAuthOutcome.Success.class);
    }

    private void storeExpired(TokenGrant grant) throws Exception {
        Instant now = clock.instant();
        stored.save(new TokenRecord(grant.accessToken(), grant.refreshToken(), now.minusSeconds(60),
                now.minus(Duration.ofMinutes(16)), now.minus(Duration.ofMinutes(16)), null, null));
        status.loadStored();
    }
}
