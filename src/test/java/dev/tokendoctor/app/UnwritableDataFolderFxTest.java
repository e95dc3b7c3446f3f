package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.testing.SandboxSignIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
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
 * Issue 10, finding 2, as it is seen: the window says at launch that the data folder cannot be
 * written, and after a sign-in whose save fails the tokens are followed, marked not saved, with
 * "Save as…" in reach. The folder is unwritable for real (its path runs through a regular file).
 */
@ExtendWith(ApplicationExtension.class)
class UnwritableDataFolderFxTest {

    @TempDir
    Path dir;
    AppServices services;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.writeString(dir.resolve("blocker"), "a file, not a folder").resolve("data");
        services = new AppServices(data, Messages.ENGLISH, null, Clock.systemUTC());
        services.show(stage);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theWindowSaysSoAtLaunchAndKeepsTheTokensOfASignInWithSaveAs(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#status-storage").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#status-storage").queryAs(Label.class).getText()).contains("cannot be written");
        assertThat(robot.lookup("#save-as").query().isVisible()).isFalse();

        TokenGrant grant = SandboxSignIn.signIn(services.connection().profile(), services.connection().client());
        new SignInBackend(services.connection(), services.storedTokens, uri -> false).store(grant);
        robot.interact(() -> services.statusViewModel().loadStored());

        waitUntil(() -> services.statusViewModel().health().state() == HealthState.VALID);
        assertThat(robot.lookup("#status-storage").queryAs(Label.class).getText()).contains("NOT saved");
        assertThat(robot.lookup("#save-as").query().isVisible()).isTrue();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
