package dev.tokendoctor.app;

import static dev.tokendoctor.app.StatusScreenFxTest.text;
import static dev.tokendoctor.app.StatusScreenFxTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.testing.MutableClock;
import dev.tokendoctor.ui.login.SignInViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
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
 * "Open in my browser" when no browser opens (here the platform call reports failure, as
 * xdg-open does on a machine without a desktop): it says so, shows the address with Copy,
 * can be cancelled, and gives up after its wait.
 */
@ExtendWith(ApplicationExtension.class)
class SystemBrowserFxTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    AppServices services;

    @Start
    void start(Stage stage) {
        services = new AppServices(dir, Messages.ENGLISH, null, clock);
        services.useBrowser(uri -> false);
        services.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        // on the FX thread: stopping the ticker's timeline from another thread races the pulse
        WaitForAsyncUtils.asyncFx(services::close).get();
    }

    @Test
    void noBrowserSaysSoShowsTheAddressWithCopyAndTimesOut(FxRobot robot) throws Exception {
        startInBrowser(robot);
        waitUntil(() -> text(robot, "#signin-message").contains("No browser opened"));
        TextField address = robot.lookup("#signin-address").queryAs(TextField.class);
        assertThat(address.isVisible()).isTrue();
        assertThat(address.getText()).startsWith("http://127.0.0.1:").contains("/api/permission/oauth2/authorize").doesNotContain("state=")
                .doesNotContain("code_challenge");
        assertThat(robot.lookup("#signin-cancel").queryButton().isDisabled()).isFalse();

        robot.clickOn("#signin-copy-address");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).startsWith(address.getText().replace("?…", "")).contains("state=").contains("code_challenge=");

        clock.step(SignInViewModel.BROWSER_WAIT.plusSeconds(1));
        robot.interact(() -> services.signInViewModel().tick());
        assertThat(services.signInViewModel().phase()).isEqualTo(SignInViewModel.Phase.FAILED);
        assertThat(text(robot, "#signin-message")).contains("stopped waiting");
        assertThat(robot.lookup("#signin-address-box").query().isVisible()).isFalse();
    }

    @Test
    void cancelStopsWaiting(FxRobot robot) throws Exception {
        startInBrowser(robot);
        waitUntil(() -> text(robot, "#signin-message").contains("No browser opened"));
        robot.clickOn("#signin-cancel");
        assertThat(services.signInViewModel().phase()).isEqualTo(SignInViewModel.Phase.IDLE);
        clock.step(Duration.ofMinutes(10));
        robot.interact(() -> services.signInViewModel().tick());
        assertThat(services.signInViewModel().phase()).isEqualTo(SignInViewModel.Phase.IDLE);
    }

    private void startInBrowser(FxRobot robot) throws Exception {
        robot.clickOn("#nav-signin");
        waitUntil(() -> robot.lookup("#signin-browser").tryQuery().map(b -> !b.isDisabled()).orElse(false));
        robot.clickOn("#signin-browser");
    }
}
