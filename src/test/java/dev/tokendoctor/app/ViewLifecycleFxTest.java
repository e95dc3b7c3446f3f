package dev.tokendoctor.app;

import static dev.tokendoctor.app.StatusScreenFxTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.testing.Listeners;
import dev.tokendoctor.testing.MutableClock;
import dev.tokendoctor.ui.shell.Page;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Views replaced by a language switch stop listening: the view models' listener counts stay flat. */
@ExtendWith(ApplicationExtension.class)
class ViewLifecycleFxTest {

    @TempDir
    Path dir;
    AppServices services;

    @Start
    void start(Stage stage) {
        services = new AppServices(dir, Messages.ENGLISH, null, new MutableClock(Instant.parse("2026-11-27T10:00:00Z")));
        services.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        // on the FX thread: stopping the ticker's timeline from another thread races the pulse
        WaitForAsyncUtils.asyncFx(services::close).get();
    }

    @Test
    void tenLanguageSwitchesLeaveListenerCountsFlat(FxRobot robot) throws Exception {
        waitUntil(() -> !services.statusViewModel().busyProperty().get());
        switchLanguage(robot, "zh");
        Map<String, Integer> before = counts();
        for (int i = 0; i < 10; i++) {
            switchLanguage(robot, i % 2 == 0 ? "en" : "zh");
        }
        switchLanguage(robot, "zh");
        assertThat(counts()).isEqualTo(before);
    }

    /** Switches the language, then opens every screen (screens are built the first time they are shown). */
    private void switchLanguage(FxRobot robot, String language) throws Exception {
        robot.interact(() -> services.settingsChanged(services.settings().withLanguage(language)));
        WaitForAsyncUtils.waitForFxEvents();
        for (Page page : Page.values()) {
            robot.interact(() -> services.shell.pageProperty().set(page));
        }
        robot.interact(() -> services.shell.pageProperty().set(Page.STATUS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Map<String, Integer> counts() throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("status", Listeners.onViewModel(services.statusViewModel()));
        counts.put("signIn", Listeners.onViewModel(services.signInViewModel()));
        counts.put("wizard", Listeners.onViewModel(services.wizardViewModel()));
        counts.put("wizard.fixes", Listeners.onViewModel(services.wizardViewModel().fixes()));
        counts.put("wizard.picker", Listeners.onViewModel(services.wizardViewModel().picker()));
        counts.put("inspector", Listeners.onViewModel(services.inspectorViewModel()));
        counts.put("inspector.web", Listeners.onViewModel(services.inspectorViewModel().web()));
        counts.put("shell", Listeners.onViewModel(services.shell));
        return counts;
    }
}
