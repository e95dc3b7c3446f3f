package dev.tokendoctor.app;

import dev.tokendoctor.service.ConnectionService;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.sandbox.EventKind;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.testing.SandboxSignIn;
import dev.tokendoctor.ui.status.CardAction;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.concurrent.Worker;
import javafx.scene.control.Labeled;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10, finding 7: the guide's own failure (access token expired, refresh token already
 * spent) in the real window, headless, against the built-in sandbox. At launch the app tries the
 * refresh it owns, so the first verdict is the real one with Coze's reason; the card has one
 * primary action; launch to a token Coze verified, shown as Valid, takes at most 3 clicks, in
 * both languages. Every click the user makes is counted, the consent page's "approve" included.
 */
@ExtendWith(ApplicationExtension.class)
class GuidePathFxTest {

    @TempDir
    Path dir;
    Stage stage;
    AppServices services;
    int clicks;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void launchToAVerifiedValidTokenInAtMostThreeClicksInEnglish(FxRobot robot) throws Exception {
        walkTheGuidesPath(robot, Messages.ENGLISH, "Expired: sign in again", "already used", "Valid");
    }

    @Test
    void launchToAVerifiedValidTokenInAtMostThreeClicksInChinese(FxRobot robot) throws Exception {
        walkTheGuidesPath(robot, Messages.CHINESE, "已过期", "刷新令牌已被使用过", "有效");
    }

    private void walkTheGuidesPath(FxRobot robot, Locale language, String deadVerdict, String cozeReason, String valid)
            throws Exception {
        TokenGrant spent = theGuidesFailure(language);
        services = new AppServices(dir, language, null, Clock.systemUTC());
        robot.interact(() -> services.show(stage));

        // the first verdict is the real one: the app already tried its refresh, once
        waitUntil(() -> services.statusViewModel().health().state() == HealthState.EXPIRED_REAUTH_NEEDED
                && services.statusViewModel().cardActionProperty().get() == CardAction.SIGN_IN_AGAIN
                && !services.statusViewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#state-badge")).contains(deadVerdict);
        assertThat(text(robot, "#status-error")).contains(cozeReason);
        assertThat(services.statusViewModel().cardActionProperty().get()).isEqualTo(CardAction.SIGN_IN_AGAIN);
        assertThat(robot.lookup(".primary").queryAll().stream().filter(n -> n.isVisible()).count()).isEqualTo(1);
        assertThat(services.statusViewModel().text().autoRefresh()).doesNotContain("no refresh token");
        assertThat(services.connection().sandbox().events().count(EventKind.REFRESH_REUSED)).isEqualTo(1);

        click(robot, "#card-primary");
        approveInThePage(robot);

        waitUntil(() -> services.wizardViewModel().verifiedProperty().get()
                && services.statusViewModel().health().state() == HealthState.VALID);
        assertThat(text(robot, "#wizard-status-now")).contains(valid);
        assertThat(clicks).isLessThanOrEqualTo(3);
        assertThat(services.storedTokens.load()).isInstanceOf(StoredTokens.Found.class);
        assertThat(((StoredTokens.Found) services.storedTokens.load()).parsed().record().refreshToken())
                .isNotEqualTo(spent.refreshToken());
    }

    /** A previous run signed in; the refresh token was then spent elsewhere; the stored access token has expired. */
    private TokenGrant theGuidesFailure(Locale language) throws Exception {
        new SettingsStore(dir).save(new AppSettings(language.getLanguage(), 10, false).withConnection(ConnectionSettings.DEFAULT));
        Clock clock = Clock.systemUTC();
        try (ConnectionService earlier = new ConnectionService(() -> ConnectionSettings.DEFAULT, new SecretStore(dir), clock,
                new ExchangeLog(), SandboxConfig.defaults().withGrantsFile(dir.resolve("sandbox").resolve("grants.json")))) {
            TokenGrant grant = SandboxSignIn.signIn(earlier.profile(), earlier.client());
            OAuthOutcome elsewhere = earlier.client().refresh(earlier.profile().clientId(), grant.refreshToken(), null);
            assertThat(elsewhere).isInstanceOf(OAuthOutcome.Success.class);
            Instant now = clock.instant();
            new StoredTokens(new FileTokenStore(dir, clock), new TokenParser(clock)).save(new TokenRecord(grant.accessToken(),
                    grant.refreshToken(), now.minusSeconds(60), now.minus(Duration.ofMinutes(16)), now.minus(Duration.ofMinutes(16)),
                    null, null));
            return grant;
        }
    }

    private void click(FxRobot robot, String query) {
        clicks++;
        robot.clickOn(query);
    }

    /** The user's click on "approve" in the sandbox's consent page, inside the Sign-in screen's WebView. */
    private void approveInThePage(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#signin-webview").tryQuery().isPresent());
        WebView web = robot.lookup("#signin-webview").queryAs(WebView.class);
        waitUntil(() -> {
            boolean[] ready = new boolean[1];
            robot.interact(() -> ready[0] = web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                    && Boolean.TRUE.equals(web.getEngine().executeScript("document.getElementById('approve') != null")));
            return ready[0];
        });
        clicks++;
        robot.interact(() -> web.getEngine().executeScript("document.getElementById('approve').click()"));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
