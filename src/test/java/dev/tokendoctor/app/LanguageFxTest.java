package dev.tokendoctor.app;

import static dev.tokendoctor.app.StatusScreenFxTest.text;
import static dev.tokendoctor.app.StatusScreenFxTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Chinese UI starts, and Settings switches it to English (and the choice is saved). */
@ExtendWith(ApplicationExtension.class)
class LanguageFxTest {

    @TempDir
    Path dir;
    AppServices services;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = new AppServices(dir, Messages.CHINESE, null, new MutableClock(Instant.parse("2026-11-27T10:00:00Z")));
        services.show(stage);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void chineseStartsAndEnglishIsOneChoiceAway(FxRobot robot) throws Exception {
        waitUntil(() -> !services.statusViewModel().busyProperty().get());
        assertThat(robot.lookup("#nav-status").queryAs(ToggleButton.class).getText()).isEqualTo("状态");
        assertThat(text(robot, "#state-badge")).isEqualTo("没有令牌");
        assertThat(stage.getTitle()).startsWith("扣子令牌医生");

        robot.clickOn("#nav-settings");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> language = robot.lookup("#language").queryAs(ComboBox.class);
            language.setValue("en");
        });
        waitUntil(() -> robot.lookup("#nav-status").tryQuery().map(n -> ((ToggleButton) n).getText().equals("Status")).orElse(false));

        assertThat(stage.getTitle()).startsWith("Coze Token Doctor");
        assertThat(robot.lookup("#settings-screen").tryQuery()).isPresent();
        robot.clickOn("#nav-status");
        assertThat(text(robot, "#state-badge")).isEqualTo("No token");
        waitUntil(() -> new SettingsStore(dir).load().language().equals("en"));
    }
}
