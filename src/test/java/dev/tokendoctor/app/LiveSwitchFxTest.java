package dev.tokendoctor.app;

import static dev.tokendoctor.app.StatusScreenFxTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.testing.MutableClock;
import dev.tokendoctor.ui.shell.Page;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** After a live switch from Chinese to English no screen keeps a Chinese word (the language picker names 中文 in Chinese). */
@ExtendWith(ApplicationExtension.class)
class LiveSwitchFxTest {

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
    void close() throws Exception {
        // on the FX thread: stopping the ticker's timeline from another thread races the pulse
        WaitForAsyncUtils.asyncFx(services::close).get();
    }

    @Test
    void everyScreenIsEnglishAfterSwitchingFromChinese(FxRobot robot) throws Exception {
        waitUntil(() -> !services.statusViewModel().busyProperty().get() && !services.inspectorViewModel().scanningProperty().get());
        for (Page page : Page.values()) {
            robot.interact(() -> services.shell.pageProperty().set(page));
        }
        robot.interact(() -> services.statusViewModel().copyStatus()); // a Chinese note on screen before the switch
        robot.interact(() -> services.settingsChanged(services.settings().withLanguage("en")));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> chinese = new ArrayList<>();
        for (Page page : Page.values()) {
            robot.interact(() -> services.shell.pageProperty().set(page));
            WaitForAsyncUtils.waitForFxEvents();
            collect(stage.getScene().getRoot(), page, chinese);
        }
        assertThat(chinese).isEmpty();
    }

    private static void collect(Node node, Page page, List<String> chinese) {
        if (!node.isVisible()) {
            return;
        }
        String text = node instanceof Labeled l ? l.getText() : node instanceof TextInputControl t ? t.getText() + " " + t.getPromptText() : null;
        if (text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !text.equals("中文") && !text.contains("token获取失败")) { // the guide's own error message, quoted as an example
            chinese.add(page + ": " + text);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, page, chinese));
        }
    }
}
