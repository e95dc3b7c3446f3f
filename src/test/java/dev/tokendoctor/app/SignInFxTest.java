package dev.tokendoctor.app;

import java.lang.ref.WeakReference;
import static dev.tokendoctor.app.StatusScreenFxTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.sandbox.EventKind;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.ui.login.SignInViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
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
 * Signing in through the real embedded WebKit against the built-in sandbox over real HTTP:
 * approve → VALID; deny → the reason; a 2-second token kept alive by the automatic refresh.
 */
@ExtendWith(ApplicationExtension.class)
class SignInFxTest {

    @TempDir
    Path dir;
    AppServices services;

    @Start
    void start(Stage stage) throws Exception {
        // Expiring-soon at 0 minutes: a 2-second demo token then reads VALID until it expires.
        new SettingsStore(dir).save(new AppSettings("en", 0, false));
        services = new AppServices(dir, Messages.ENGLISH, null, Clock.systemUTC(),
                SandboxConfig.defaults().withAccessTokenLifetime(Duration.ofSeconds(2)));
        services.show(stage);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void approvingOnTheSandboxPageSignsInAndAutoRefreshKeepsItValid(FxRobot robot) throws Exception {
        startSignIn(robot);
        clickInPage(robot, "approve");

        waitUntil(30, () -> services.statusViewModel().health().state() == HealthState.VALID);
        assertThat(services.signInViewModel().phase()).isEqualTo(SignInViewModel.Phase.SUCCEEDED);
        assertThat(robot.lookup("#status-screen").tryQuery()).isPresent();
        assertThat(text(robot, "#detail-kind")).contains("czu_");

        // The token lives 2 s; the scheduler refreshes at half-life. Watch three refreshes go by
        // and the verdict never leave VALID. (This waits for refreshes, never for an expiry.)
        List<HealthState> seen = new ArrayList<>();
        var sandbox = services.connection().runningSandbox().orElseThrow();
        long before = sandbox.events().count(EventKind.REFRESH_SERVED);
        waitUntil(30, () -> {
            robot.interact(() -> services.statusViewModel().tick());
            seen.add(services.statusViewModel().health().state());
            return sandbox.events().count(EventKind.REFRESH_SERVED) >= before + 3;
        });
        robot.interact(() -> services.statusViewModel().tick());
        assertThat(seen).containsOnly(HealthState.VALID);
        assertThat(services.statusViewModel().health().state()).isEqualTo(HealthState.VALID);
    }

    @Test
    void withTheSandboxPageShownAt800x600TheScreensOwnLinesStayWhole(FxRobot robot) throws Exception {
        robot.interact(() -> {
            Stage stage = (Stage) robot.lookup("#nav-signin").query().getScene().getWindow();
            stage.setWidth(800);
            stage.setHeight(600);
        });
        startSignIn(robot);
        waitUntil(30, () -> robot.lookup("#signin-webview").tryQuery().isPresent());
        waitUntil(30, () -> {
            boolean[] loaded = new boolean[1];
            robot.interact(() -> loaded[0] = robot.lookup("#signin-webview").queryAs(WebView.class)
                    .getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED);
            return loaded[0];
        });
        // the page takes the room that is left; the connection line and the instruction above it keep all their lines
        assertThat(SettingsFxTest.cutLabels(robot.lookup("#signin-screen").query())).isEmpty();
        robot.clickOn("#signin-cancel");
    }

    @Test
    void denyingConsentSaysWhyAndStoresNothing(FxRobot robot) throws Exception {
        startSignIn(robot);
        WeakReference<WebEngine> engine = new WeakReference<>(clickInPage(robot, "deny").getEngine());

        waitUntil(30, () -> services.signInViewModel().phase() == SignInViewModel.Phase.FAILED);
        assertThat(text(robot, "#signin-message")).contains("denied").contains("Approve");
        assertThat(services.statusViewModel().health().state()).isEqualTo(HealthState.MISSING);
        // the ended sign-in's WebView goes, and nothing keeps its engine: while one exists WebKit keeps
        // the window pulsing 60 times a second
        waitUntil(10, () -> robot.lookup("#signin-webview").tryQuery().isEmpty());
        waitUntil(30, () -> {
            System.gc();
            return engine.get() == null;
        });
    }

    private void startSignIn(FxRobot robot) throws Exception {
        robot.clickOn("#nav-signin");
        waitUntil(30, () -> robot.lookup("#signin-here").tryQuery().map(b -> !b.isDisabled() && b.isVisible()).orElse(false));
        robot.clickOn("#signin-here");
        waitUntil(30, () -> services.signInViewModel().phase() != SignInViewModel.Phase.IDLE);
    }

    /** Waits for the sandbox's consent page in the WebView, then presses one of its buttons. */
    private WebView clickInPage(FxRobot robot, String buttonId) throws Exception {
        waitUntil(30, () -> {
            return robot.lookup("#signin-webview").tryQuery().isPresent();
        });
        WebView web = robot.lookup("#signin-webview").queryAs(WebView.class);
        waitUntil(30, () -> {
            boolean[] ready = new boolean[1];
            robot.interact(() -> ready[0] = web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                    && Boolean.TRUE.equals(web.getEngine().executeScript("document.getElementById('" + buttonId + "') != null")));
            return ready[0];
        });
        robot.interact(() -> web.getEngine().executeScript("document.getElementById('" + buttonId + "').click()"));
        return web;
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
