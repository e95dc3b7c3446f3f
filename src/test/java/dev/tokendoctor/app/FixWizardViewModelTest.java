package dev.tokendoctor.app;

import dev.tokendoctor.service.ConnectionService;
import dev.tokendoctor.service.RefreshService;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.diagnosis.FailureKind;
import dev.tokendoctor.core.diagnosis.Remedy.Action;
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
import dev.tokendoctor.ui.status.TokenActions;
import dev.tokendoctor.ui.status.TokenStatusViewModel;
import dev.tokendoctor.ui.wizard.FixWizardViewModel;
import dev.tokendoctor.ui.wizard.FixWizardViewModel.FixOption;
import dev.tokendoctor.ui.wizard.FixWizardViewModel.Step;
import dev.tokendoctor.ui.wizard.WizardFixes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's view model with a same-thread executor, the real status view model and the real sandbox over HTTP. */
class FixWizardViewModelTest {

    static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(START);
    final RecordingDialogs dialogs = new RecordingDialogs();
    final MemoryClipboard clipboard = new MemoryClipboard();
    final Messages messages = new Messages(Messages.ENGLISH);
    ConnectionService connection;
    StoredTokens stored;
    RefreshService refresh;
    TokenStatusViewModel status;
    FixWizardViewModel wizard;
    int signInsStarted;

    @BeforeEach
    void setUp() {
        ConnectionSettings settings = new ConnectionSettings("SANDBOX", "", "PKCE", "", "", "", "", 60, false);
        connection = new ConnectionService(() -> settings, new SecretStore(dir), clock, new ExchangeLog(),
                SandboxConfig.defaults().withAccessTokenLifetime(Duration.ofMinutes(15)));
        TokenParser parser = new TokenParser(clock);
        stored = new StoredTokens(new FileTokenStore(dir, clock), parser);
        BackgroundExecutor now = BackgroundExecutor.sameThread();
        status = new TokenStatusViewModel(stored, parser, () -> new HealthEvaluator(HealthPolicy.DEFAULT), clock, now,
                dialogs, new RecordingNotifier(), clipboard, messages);
        refresh = new RefreshService(connection, stored, clock, () -> settings, outcome -> { });
        status.connect(new TokenActions() {
            @Override
            public OAuthOutcome refreshNow() throws IOException {
                return refresh.refreshNow();
            }

            @Override
            public void reauthorize() {
                signInsStarted++;
            }
        });
        wizard = new FixWizardViewModel(new StatusWizardToken(status), new WizardBackend(connection, stored, clock), now,
                Runnable::run, dialogs, clipboard, clock, messages);
    }

    @AfterEach
    void tearDown() {
        refresh.close();
        connection.close();
    }

    /** A real sign-in; then the clock moves past the access token's 15 minutes (the refresh token lives on). */
    private TokenGrant storeExpiredAfterSignIn() throws Exception {
        TokenGrant grant = SandboxSignIn.signIn(connection.profile(), connection.client());
        stored.save(Grants.toRecord(grant));
        clock.step(Duration.ofMinutes(16));
        status.loadStored();
        return grant;
    }

    @Test
    void anExpiredTokenWithALiveRefreshTokenIsRefreshedAndVerifiedWithoutASignIn() throws Exception {
        storeExpiredAfterSignIn();
        assertThat(status.health().state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);

        wizard.openFromStatus();
        assertThat(wizard.step()).isEqualTo(Step.FIX);
        assertThat(wizard.diagnosis().primary().orElseThrow().kind()).isEqualTo(FailureKind.ACCESS_TOKEN_EXPIRED);
        assertThat(wizard.options()).extracting(FixOption::action).startsWith(Action.REFRESH_NOW);
        // The verdict's evidence reads as sentences, not as message keys.
        assertThat(wizard.findings()).anySatisfy(f -> assertThat(f).contains("The access token expired"));
        assertThat(wizard.findings()).allSatisfy(f -> assertThat(f).doesNotContain("health.expired"));

        wizard.fixes().apply(Action.REFRESH_NOW);

        assertThat(wizard.step()).isEqualTo(Step.VERIFY);
        assertThat(wizard.verifiedProperty().get()).isTrue();
        assertThat(status.health().state()).isEqualTo(HealthState.VALID);
        assertThat(wizard.infoProperty().get()).contains("Coze accepted the token");
        assertThat(signInsStarted).isZero();

        wizard.next();
        assertThat(wizard.step()).isEqualTo(Step.DONE);
        assertThat(wizard.summary()).contains("Before: Expired: refresh it", "Now: Valid", "Done: Refresh now");

        wizard.reproductionProperty().set("1. opened the app 2. saw the error");
        wizard.fixes().prepareBundle();
        assertThat(wizard.bundle().previewProperty().get()).contains("## English", "## 中文", "saw the error");
        dialogs.fileToSave = dir.resolve("out/bundle.zip");
        wizard.fixes().saveBundle();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dialogs.fileToSave))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("report.md");
        }
        assertThat(wizard.infoProperty().get()).contains("Saved");
    }

    @Test
    void aDeadRefreshTokenLoopsBackToDiagnoseThenASignInVerifies() throws Exception {
        TokenGrant first = storeExpiredAfterSignIn();
        // the sandbox rotates the refresh token: the stored one is now dead
        assertThat(connection.client().refresh(connection.profile().clientId(), first.refreshToken(), null))
                .isInstanceOf(OAuthOutcome.Success.class);

        wizard.openFromStatus();
        wizard.fixes().apply(Action.REFRESH_NOW);

        assertThat(wizard.step()).isEqualTo(Step.DIAGNOSE);
        assertThat(wizard.errorProperty().get()).startsWith("The refresh failed");
        assertThat(wizard.diagnosis().primary().orElseThrow().kind())
                .isIn(FailureKind.REFRESH_TOKEN_REUSED, FailureKind.REFRESH_TOKEN_INVALID, FailureKind.REFRESH_TOKEN_EXPIRED);
        assertThat(status.health().state()).isEqualTo(HealthState.EXPIRED_REAUTH_NEEDED);
        wizard.next();
        assertThat(wizard.options()).extracting(FixOption::action).contains(Action.METHOD1_REAUTHORIZE);

        wizard.fixes().apply(Action.METHOD1_REAUTHORIZE);
        assertThat(signInsStarted).isEqualTo(1);
        stored.save(Grants.toRecord(SandboxSignIn.signIn(connection.profile(), connection.client())));
        assertThat(wizard.fixes().signInFinished()).isTrue();

        assertThat(wizard.verifiedProperty().get()).isTrue();
        assertThat(status.health().state()).isEqualTo(HealthState.VALID);
        assertThat(wizard.fixes().signInFinished()).as("only the sign-in the wizard started").isFalse();
    }

    @Test
    void theBundleDescribesTheStateAtExportTimeWithTheWizardsSummaryEachLanguageWholeAndNoMessageKey() throws Exception {
        TokenGrant first = storeExpiredAfterSignIn();
        assertThat(connection.client().refresh(connection.profile().clientId(), first.refreshToken(), null))
                .isInstanceOf(OAuthOutcome.Success.class);
        wizard.openFromStatus();
        wizard.fixes().apply(Action.REFRESH_NOW);
        wizard.next();
        wizard.fixes().apply(Action.METHOD1_REAUTHORIZE);
        stored.save(Grants.toRecord(SandboxSignIn.signIn(connection.profile(), connection.client())));
        assertThat(wizard.fixes().signInFinished()).isTrue();
        assertThat(wizard.verifiedProperty().get()).isTrue();
        wizard.next();
        assertThat(wizard.step()).isEqualTo(Step.DONE);

        wizard.fixes().prepareBundle();
        String md = wizard.bundle().previewProperty().get();
        String chinese = md.substring(md.indexOf("## 中文"), md.indexOf("## English"));
        String english = md.substring(md.indexOf("## English"));
        // at export the token works: the refused refresh is history, told in the summary, not a finding with remedies
        assertThat(english).contains("What the fix wizard did", "Before: Expired: refresh it", "Done: Re-authorize",
                "Verified: Coze accepted the token afterwards.", "At export: Valid");
        assertThat(english).doesNotContain("REFRESH_TOKEN_").doesNotContain("`REFRESH_NOW`");
        assertThat(chinese).contains("修复向导做了什么", "导出时：有效");
        // Coze's own answers are quoted as they came (the sandbox user's nickname is Chinese); every sentence around them is English
        String englishWords = english.lines().filter(l -> !l.startsWith("  - `{")).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(englishWords).as("the English half is wholly English").doesNotContainPattern("\\p{IsHan}");
        java.util.Properties keys = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/dev/tokendoctor/i18n/messages.properties")) {
            keys.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String key : keys.stringPropertyNames()) {
            assertThat(md).as("message key " + key).doesNotContain(key);
        }
        assertThat(md).doesNotContainPattern("![a-zA-Z]+\\.[A-Za-z.]+!");
    }

    @Test
    void verifyingATokenCozeRefusesSaysSoAndGoesBackToDiagnoseWithTheAnswer() throws Exception {
        stored.save(new TokenRecord("czu_NotKnownToTheSandbox0123456789", null, START.plusSeconds(600), START, null, null, null));
        status.loadStored();
        wizard.next();
        assertThat(wizard.step()).isEqualTo(Step.DIAGNOSE);
        wizard.next();
        wizard.next();

        assertThat(wizard.step()).isEqualTo(Step.DIAGNOSE);
        assertThat(wizard.errorProperty().get()).contains("still refuses").contains("4100");
        assertThat(wizard.diagnosis().kinds()).contains(FailureKind.ACCESS_TOKEN_EXPIRED, FailureKind.EXPIRY_MISINTERPRETED);
        wizard.back();
        assertThat(wizard.step()).isEqualTo(Step.DETECT);
    }

    @Test
    void theWizardsAnswerFollowsALanguageSwitchInsteadOfStayingInTheOldLanguage() {
        status.loadStored();
        wizard.verify(); // no stored token: the wizard says so
        assertThat(wizard.errorProperty().get()).contains("re-authorize");

        wizard.relocalize(new Messages(java.util.Locale.SIMPLIFIED_CHINESE));

        assertThat(wizard.errorProperty().get()).isEqualTo(new Messages(java.util.Locale.SIMPLIFIED_CHINESE).get("wizard.verify.noToken"));
        assertThat(wizard.errorProperty().get()).doesNotContain("re-authorize");
        assertThat(wizard.infoProperty().get()).isEmpty(); // one answer at a time
    }

    @Test
    void fromTheStatusCardWithNoTokenTheWizardOpensOnDetect() {
        status.loadStored();
        wizard.openFromStatus();
        assertThat(wizard.step()).isEqualTo(Step.DETECT);
    }

    /** The health is new every second; the wizard's line about the token is made again only when its words can differ. */
    @Test
    void theDetectedLineFollowsTheStateTheSourceAndTheLanguageButNotTheSeconds() throws Exception {
        stored.save(new TokenRecord("czu_WizardDetectsThis0123456789abcdef", "rt_WizardDetectsThis", START.plus(Duration.ofMinutes(30)),
                START, START, null, null));
        status.loadStored();
        assertThat(wizard.detectedProperty().get()).startsWith("Valid — The app's store");
        int[] changes = {0};
        wizard.detectedProperty().addListener((o, a, b) -> changes[0]++);
        for (int i = 0; i < 5; i++) {
            clock.step(Duration.ofSeconds(1));
            status.tick();
        }
        assertThat(changes[0]).as("seconds passing change nothing the line says").isZero();

        clock.step(Duration.ofMinutes(20));
        status.tick();
        assertThat(wizard.detectedProperty().get()).startsWith("Expiring soon — The app's store");

        Path file = dir.resolve("pasted-token.json");
        Files.writeString(file, "{\"access_token\":\"czu_WizardDetectsThat0123456789abcdef\",\"expires_in\":"
                + START.plus(Duration.ofMinutes(30)).getEpochSecond() + "}");
        status.openPath(file);
        assertThat(wizard.detectedProperty().get()).startsWith("Expiring soon — File ").contains("pasted-token.json");

        Messages chinese = new Messages(Messages.CHINESE);
        wizard.relocalize(chinese); // before the status screen: the line is the wizard's, in its language throughout
        assertThat(wizard.detectedProperty().get()).startsWith("即将过期").doesNotContain("File ").doesNotContain("Press");
        assertThat(wizard.statusNowProperty().get()).isEqualTo("即将过期");
    }

    @Test
    void noStoredTokenIsNoDeadEnd() {
        status.loadStored();
        assertThat(wizard.detectedProperty().get()).contains("No token is stored");
        wizard.verify();
        assertThat(wizard.errorProperty().get()).contains("re-authorize");
        assertThat(wizard.step()).isEqualTo(Step.DIAGNOSE);
        assertThat(wizard.findings()).isNotEmpty();
    }

    @Test
    void consoleLinesConfigLinesAndTheNetworkCheck() throws Exception {
        wizard.fixes().apply(Action.METHOD3_CONSOLE);
        assertThat(clipboard.content).isEqualTo("localStorage.removeItem('coze_oauth_tokens'); location.reload();");

        wizard.fixes().copyConfigLines();
        assertThat(wizard.infoProperty().get()).contains("No .env file checked");
        Path project = Files.createDirectories(dir.resolve("web"));
        Files.writeString(project.resolve(".env"), "VITE_COZE_CLIENT_ID=1234\nVITE_COZE_REDIRECT_URI=http://localhost:8082/oauth/callback\n");
        dialogs.fileToOpen = project.resolve(".env");
        wizard.fixes().chooseEnvFile();
        assertThat(wizard.fixes().envTextProperty().get()).contains("Checked 1 .env file");
        assertThat(wizard.fixes().configLines()).anyMatch(l -> l.contains("VITE_COZE_CLIENT_ID=<32 digits>.app.coze"));
        wizard.fixes().copyConfigLines();
        assertThat(clipboard.content).contains("VITE_COZE_CLIENT_ID=");

        wizard.fixes().runNetworkCheck();
        assertThat(wizard.network().runningProperty().get()).isFalse();
        assertThat(wizard.network().progressProperty().get()).isEqualTo(1.0);
        assertThat(wizard.network().last().allPassed()).isTrue();
        assertThat(wizard.network().lines()).anyMatch(l -> l.contains("HTTP") && l.contains("4100"));
        assertThat(wizard.fixes().clockTextProperty().get()).contains("0 s").contains("automatic time");
    }

    @Test
    void everyKeyBuiltFromAnEnumExistsInBothLanguages() {
        for (Messages m : new Messages[] {new Messages(Messages.ENGLISH), new Messages(Messages.CHINESE)}) {
            for (Step s : Step.values()) {
                assertThat(m.has("wizard.step." + s)).as(s.name()).isTrue();
            }
            for (Action a : Action.values()) {
                if (wizard.fixes().doable(a)) {
                    assertThat(m.has("wizard.do." + a)).as(a.name()).isTrue();
                }
            }
            for (var r : dev.tokendoctor.oauth.network.NetworkReport.Result.values()) {
                assertThat(m.has("wizard.network.step." + r)).as(r.name()).isTrue();
            }
        }
        assertThat(WizardFixes.CONSOLE_LINES).isEqualTo("localStorage.removeItem('coze_oauth_tokens'); location.reload();");
    }
}
