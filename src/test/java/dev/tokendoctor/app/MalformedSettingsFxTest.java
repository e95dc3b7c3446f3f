package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
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

/** Issue 10, finding 3, as it is seen: a malformed settings.json is not ignored silently; the window says what was wrong at launch. */
@ExtendWith(ApplicationExtension.class)
class MalformedSettingsFxTest {

    @TempDir
    Path dir;
    AppServices services;

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\n  \"language\": \"en\",\n  \"notifications\": false,\n}\n");
        services = new AppServices(dir, Messages.ENGLISH, null, Clock.systemUTC());
        services.show(stage);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theWindowSaysTheSettingsFileCouldNotBeReadAndWhere(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup("#status-storage").queryAs(Label.class).isVisible();
        });
        assertThat(robot.lookup("#status-storage").queryAs(Label.class).getText())
                .contains("settings.json").contains("could not be read").contains("line 4");
    }
}
