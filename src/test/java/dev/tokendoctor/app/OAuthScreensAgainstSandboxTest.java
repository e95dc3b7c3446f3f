package dev.tokendoctor.app;

import dev.tokendoctor.service.ConnectionService;
import dev.tokendoctor.service.RefreshService;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.sandbox.EventKind;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.testing.ConsentBrowser;
import dev.tokendoctor.testing.MemoryClipboard;
import dev.tokendoctor.testing.MutableClock;
import dev.tokendoctor.testing.RecordingDialogs;
import dev.tokendoctor.testing.RecordingNotifier;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.login.SignInViewModel;
import dev.tokendoctor.ui.netlog.NetworkLogViewModel;
import dev.tokendoctor.ui.status.TokenActions;
import dev.tokendoctor.ui.status.TokenStatusViewModel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sign-in, Status and Network-log view models wired as the app wires them, against the built-in
 * sandbox over real HTTP, with a same-thread executor and a stepping clock (no toolkit, no sleeping).
 */
class OAuthScreensAgainstSandboxTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    final AtomicReference<ConnectionSettings> connectionSettings = new AtomicReference<>(ConnectionSettings.DEFAULT);
    final ExchangeLog log = new ExchangeLog();
    final List<URI> opened = new ArrayList<>();
    ConnectionService connection;
    RefreshService refresh;
    StoredTokens stored;
    TokenStatusViewModel status;
    SignInViewModel signIn;
    NetworkLogViewModel netLog;
    boolean[] signedIn = new boolean[1];

    @BeforeEach
    void wire() {
        connection = new ConnectionService(connectionSettings::get, new SecretStore(dir), clock, log,
                SandboxConfig.defaults().withAccessTokenLifetime(SandboxConfig.SHORT_DEMO_ACCESS_LIFETIME));
        TokenParser parser = new TokenParser(clock);
        stored = new StoredTokens(new FileTokenStore(dir, clock), parser);
        status = new TokenStatusViewModel(stored, parser, () -> new HealthEvaluator(HealthPolicy.DEFAULT.withExpiringSoon(Duration.ZERO)),
                clock, BackgroundExecutor.sameThread(), new RecordingDialogs(), new RecordingNotifier(), new MemoryClipboard(),
                new Messages(Messages.ENGLISH));
        refresh = new RefreshService(connection, stored, clock, connectionSettings::get, o -> { });
        status.connect(new TokenActions() {
            @Override
            public OAuthOutcome refreshNow() throws IOException {
                return refresh.refreshNow();
            }

            @Override
            public void reauthorize() {
            }

            @Override
            public java.util.Optional<Duration> lastClockSkew() {
                return connection.lastClockSkew();
            }

            @Override
            public dev.tokendoctor.oauth.refresh.AutomaticRefresh automaticRefresh() {
                return refresh.automatic();
            }
        });
        signIn = new SignInViewModel(new SignInBackend(connection, stored, opened::add), BackgroundExecutor.sameThread(), clock,
                duration -> clock.step(duration), new Messages(Messages.ENGLISH), new MemoryClipboard(), () -> {
                    signedIn[0] = true;
                    status.loadStored();
                });
        netLog = new NetworkLogViewModel(log, new MemoryClipboard(), Runnable::run, new Messages(Messages.ENGLISH), clock.getZone());
    }

    @AfterEach
    void close() {
        netLog.close();
        refresh.close();
        connection.close();
    }

    ConsentBrowser browser() throws IOException {
        return new ConsentBrowser(connection.sandbox().baseUrl());
    }

    @Test
    void pkceSignInThroughTheConsentPageStoresTokensAndTheStatusTurnsValid() throws Exception {
        signIn.signIn();
        assertThat(signIn.phase()).isEqualTo(SignInViewModel.Phase.WAITING_FOR_USER);
        URI redirect = browser().consentRedirect(URI.create(signIn.pageUrlProperty().get()), "approve");

        assertThat(signIn.navigated("http://127.0.0.1:1/unrelated")).isFalse();
        assertThat(signIn.navigated(redirect.toString())).isTrue();

        assertThat(signIn.phase()).isEqualTo(SignInViewModel.Phase.SUCCEEDED);
        assertThat(signedIn[0]).isTrue();
        assertThat(status.health().state()).isEqualTo(HealthState.VALID);
        assertThat(status.text().kind()).contains("czu_");
        assertThat(netLog.exchanges()).isNotEmpty();
        String access = stored.load() instanceof StoredTokens.Found f ? f.parsed().record().accessToken() : "";
        assertThat(netLog.exchanges()).allSatisfy(row -> assertThat(row.text()).doesNotContain(access));
    }

    @Test
    void duringSignInOnlyTheExactRedirectIsCaughtAndOtherSitesGoToTheSystemBrowser() throws Exception {
        signIn.signIn();
        String redirect = connection.profile().redirectUri();

        assertThat(signIn.navigated(redirect + "x?code=c&state=s")).isFalse();
        assertThat(signIn.phase()).isEqualTo(SignInViewModel.Phase.WAITING_FOR_USER);
        assertThat(signIn.navigated("https://example.com/help")).isTrue();
        assertThat(signIn.navigated("file:///etc/passwd")).isTrue();
        assertThat(opened).containsExactly(URI.create("https://example.com/help"));
        assertThat(signIn.phase()).isEqualTo(SignInViewModel.Phase.WAITING_FOR_USER);
    }

    @Test
    void aTamperedStateIsRejectedAndNothingIsStored() throws Exception {
        signIn.signIn();
        URI redirect = browser().consentRedirect(URI.create(signIn.pageUrlProperty().get()), "approve");
        String forged = redirect.toString().replaceAll("state=[^&]+", "state=forged");

        assertThat(signIn.navigated(forged)).isTrue();

        assertThat(signIn.phase()).isEqualTo(SignInViewModel.Phase.FAILED);
        assertThat(signIn.messageProperty().get()).contains("state");
        assertThat(store().read()).isEmpty();
    }

    @Test
    void deviceFlowShowsTheCodeAndFinishesOnceThePersonApproves() throws Exception {
        connectionSettings.set(withFlow("DEVICE"));
        SignInViewModel device = new SignInViewModel(new SignInBackend(connection, stored, opened::add),
                BackgroundExecutor.sameThread(), clock, duration -> {
                    clock.step(duration);
                    try {
                        browser().decideDevice(signInVerification[0], signInCode[0], "approve");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, new Messages(Messages.ENGLISH), new MemoryClipboard(), () -> status.loadStored());
        device.userCodeProperty().addListener((o, a, code) -> {
            if (!code.isEmpty()) {
                signInCode[0] = code;
                signInVerification[0] = device.verificationUriProperty().get();
            }
        });

        device.signIn();

        assertThat(signInCode[0]).as(device.messageProperty().get()).isNotBlank();
        assertThat(device.phase()).as(device.messageProperty().get()).isEqualTo(SignInViewModel.Phase.SUCCEEDED);
        assertThat(device.phase()).isEqualTo(SignInViewModel.Phase.SUCCEEDED);
        assertThat(status.health().state()).isEqualTo(HealthState.VALID);
    }

    final String[] signInCode = new String[1];
    final String[] signInVerification = new String[1];

    @Test
    void jwtServiceAppGetsATokenWithoutABrowser() throws Exception {
        connectionSettings.set(withFlow("JWT"));
        signIn.signIn();
        assertThat(signIn.phase()).isEqualTo(SignInViewModel.Phase.SUCCEEDED);
        assertThat(status.text().kind()).contains("czs_");
        assertThat(connection.sandbox().events().count(EventKind.JWT_TOKEN_ISSUED)).isEqualTo(1);
    }

    @Test
    void refreshNowRotatesTheTokenAndADeadRefreshTokenTurnsTheVerdictToSignInAgain() throws Exception {
        signInWithPkce();
        byte[] firstRecord = store().read().orElseThrow();

        status.refreshNow();
        assertThat(connection.sandbox().events().count(EventKind.REFRESH_SERVED)).isEqualTo(1);
        assertThat(store().read().orElseThrow()).isNotEqualTo(firstRecord);
        assertThat(status.health().state()).isEqualTo(HealthState.VALID);

        // Put the first record back: its refresh token was rotated away, as in a second browser tab.
        Files.write(store().file(), firstRecord);
        status.loadStored();
        clock.step(Duration.ofMinutes(3));
        status.refreshNow();

        assertThat(status.errorProperty().get()).contains("already used");
        assertThat(status.health().state()).isEqualTo(HealthState.EXPIRED_REAUTH_NEEDED);
        assertThat(String.join(" ", status.text().reasons())).contains("refused");
    }

    @Test
    void theStatusSaysWhenTheAppWillRefreshByItself() throws Exception {
        assertThat(status.text().autoRefresh()).startsWith("starting");
        signInWithPkce();
        refresh.restartAutomatic();
        status.tick();
        // A 2-minute demo token: refreshed at half-life, 60 s from now (the margin says the same).
        assertThat(status.text().autoRefresh()).startsWith("in 00:01:00");
        refresh.stopAutomatic();
        status.tick();
        assertThat(status.text().autoRefresh()).startsWith("off");
    }

    @Test
    void aSkewedServerClockIsMeasuredAndShownOnTheStatus() throws Exception {
        assertThat(status.text().clockSkew()).contains("not measured");
        signInWithPkce();
        connection.sandbox().faults().skewDate(Duration.ofMinutes(10), true);
        status.refreshNow();
        assertThat(status.text().clockSkew()).contains("+600").contains("clock is off");
    }

    @Test
    void openInMyBrowserListensOnceOnTheLoopbackRedirect() throws Exception {
        List<Exception> problems = new ArrayList<>();
        SignInViewModel system = new SignInViewModel(new SignInBackend(connection, stored, uri -> {
            try {
                URI redirect = browser().consentRedirect(uri, "approve");
                browser().get(redirect); // the browser follows the redirect to the loopback listener
            } catch (Exception e) {
                problems.add(e);
            }
            return true;
        }), new ThreadedExecutor(), clock, d -> { }, new Messages(Messages.ENGLISH), new MemoryClipboard(), () -> { });

        system.signInWithSystemBrowser();

        ThreadedExecutor.await(() -> system.phase() == SignInViewModel.Phase.SUCCEEDED || system.phase() == SignInViewModel.Phase.FAILED);
        assertThat(problems).isEmpty();
        assertThat(system.messageProperty().get()).isEqualTo(new Messages(Messages.ENGLISH).get("signin.succeeded"));
    }

    @Test
    void openInMyBrowserSaysSoWhenTheRedirectPortIsTaken() throws Exception {
        URI redirect = URI.create(connection.profile().redirectUri());
        try (ServerSocket taken = new ServerSocket(redirect.getPort(), 1, InetAddress.getByName(redirect.getHost()))) {
            signIn.signInWithSystemBrowser();
        }
        assertThat(signIn.phase()).isEqualTo(SignInViewModel.Phase.FAILED);
        assertThat(signIn.messageProperty().get()).contains("already listens on").contains(redirect.toString());
        assertThat(opened).isEmpty();
    }

    private void signInWithPkce() throws Exception {
        signIn.signIn();
        URI redirect = browser().consentRedirect(URI.create(signIn.pageUrlProperty().get()), "approve");
        signIn.navigated(redirect.toString());
        assertThat(signIn.phase()).isEqualTo(SignInViewModel.Phase.SUCCEEDED);
    }

    private FileTokenStore store() {
        return (FileTokenStore) stored.store();
    }

    private static ConnectionSettings withFlow(String flow) {
        ConnectionSettings d = ConnectionSettings.DEFAULT;
        return new ConnectionSettings(d.provider(), d.customBaseUrl(), flow, d.clientId(), d.redirectUri(), d.jwtAppId(),
                d.jwtKeyId(), d.refreshMarginSeconds(), d.autoRefresh());
    }
}
