package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.testing.SandboxSignIn;
import dev.tokendoctor.ui.wizard.FixWizardViewModel.Step;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.concurrent.Worker;
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
 * The fix wizard in the real window, headless, against the built-in sandbox over real HTTP:
 * an expired token with a live refresh token is refreshed without a sign-in; one whose refresh
 * token the sandbox already rotated goes through the WebView sign-in and comes back verified.
 */
@ExtendWith(ApplicationExtension.class)
class WizardFxTest {

    @TempDir
    Path dir;
    AppServices services;

    @Start
    void start(Stage stage) throws Exception {
        // No automatic refresh: the wizard must be the one that fixes the token.
        ConnectionSettings manual = new ConnectionSettings("SANDBOX", "", "PKCE", "", "", "", "", 60, false);
        new SettingsStore(dir).save(new AppSettings("en", 0, false).withConnection(manual));
        services = new AppServices(dir, Messages.ENGLISH, null, Clock.systemUTC(),
                SandboxConfig.defaults().withAccessTokenLifetime(Duration.ofMinutes(15)));
        services.show(stage);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anExpiredTokenWithALiveRefreshTokenIsRefreshedByTheWizardWithoutASignIn(FxRobot robot) throws Exception {
        TokenGrant grant = signIn();
        storeExpired(robot, grant.accessToken(), grant.refreshToken());

        openWizardFromTheStatusCard(robot);
        robot.clickOn("#wizard-do-REFRESH_NOW");

        waitUntil(() -> services.wizardViewModel().verifiedProperty().get());
        assertThat(services.statusViewModel().health().state()).isEqualTo(HealthState.VALID);
        assertThat(services.signInViewModel().phase()).isEqualTo(dev.tokendoctor.ui.login.SignInViewModel.Phase.IDLE);
        assertThat(StatusScreenFxTest.text(robot, "#wizard-status-now")).contains("Valid");
        robot.clickOn("#wizard-next");
        waitUntil(() -> services.wizardViewModel().step() == Step.DONE);
        assertThat(robot.lookup("#wizard-summary").queryParent().getChildrenUnmodifiable()).isNotEmpty();
    }

    @Test
    void aDeadRefreshTokenIsFixedBySigningInAgainInTheWebViewAndVerified(FxRobot robot) throws Exception {
        TokenGrant grant = signIn();
        var connection = services.connection();
        OAuthOutcome rotated = connection.client().refresh(connection.profile().clientId(), grant.refreshToken(), null);
        assertThat(rotated).isInstanceOf(OAuthOutcome.Success.class);
        storeExpired(robot, grant.accessToken(), grant.refreshToken());

        openWizardFromTheStatusCard(robot);
        robot.clickOn("#wizard-do-REFRESH_NOW");
        waitUntil(() -> services.wizardViewModel().step() == Step.DIAGNOSE);
        assertThat(StatusScreenFxTest.text(robot, "#wizard-error")).contains("refresh failed");
        assertThat(services.statusViewModel().health().state()).isEqualTo(HealthState.EXPIRED_REAUTH_NEEDED);

        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#wizard-do-METHOD1_REAUTHORIZE").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#wizard-do-METHOD1_REAUTHORIZE");
        clickInPage(robot, "approve");

        waitUntil(() -> services.wizardViewModel().verifiedProperty().get());
        waitUntil(() -> services.statusViewModel().health().state() == HealthState.VALID);
        assertThat(robot.lookup("#wizard-screen").query().isVisible()).isTrue();
        assertThat(services.wizardViewModel().step()).isEqualTo(Step.VERIFY);
        assertThat(StatusScreenFxTest.text(robot, "#wizard-info")).contains("Coze accepted the token");
    }

    private TokenGrant signIn() throws Exception {
        return SandboxSignIn.signIn(services.connection().profile(), services.connection().client());
    }

    /** The real tokens, but an access token already past its expiry by the app's clock. */
    private void storeExpired(FxRobot robot, String access, String refresh) throws Exception {
        Instant now = Instant.now();
        services.storedTokens.save(new TokenRecord(access, refresh, now.minusSeconds(60), now.minus(Duration.ofMinutes(16)),
                now.minus(Duration.ofMinutes(16)), null, null));
        robot.interact(() -> services.statusViewModel().loadStored());
        waitUntil(() -> services.statusViewModel().health().state() == HealthState.EXPIRED_REFRESHABLE);
    }

    private void openWizardFromTheStatusCard(FxRobot robot) throws Exception {
        robot.clickOn("#fix-wizard");
        waitUntil(() -> services.wizardViewModel().step() == Step.FIX);
        waitUntil(() -> robot.lookup("#wizard-do-REFRESH_NOW").tryQuery().map(n -> n.isVisible()).orElse(false));
    }

    /** Waits for the sandbox's consent page in the Sign-in screen's WebView, then presses one of its buttons. */
    private void clickInPage(FxRobot robot, String buttonId) throws Exception {
        waitUntil(() -> robot.lookup("#signin-webview").tryQuery().isPresent());
        WebView web = robot.lookup("#signin-webview").queryAs(WebView.class);
        waitUntil(() -> {
            boolean[] ready = new boolean[1];
            robot.interact(() -> ready[0] = web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                    && Boolean.TRUE.equals(web.getEngine().executeScript("document.getElementById('" + buttonId + "') != null")));
            return ready[0];
        });
        robot.interact(() -> web.getEngine().executeScript("document.getElementById('" + buttonId + "').click()"));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
