package dev.tokendoctor.app;

import static dev.tokendoctor.app.StatusScreenFxTest.scrollToEnd;
import static dev.tokendoctor.app.StatusScreenFxTest.text;
import static dev.tokendoctor.app.StatusScreenFxTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Feedback appears by the action that caused it, one at a time, in the language on screen now. */
@ExtendWith(ApplicationExtension.class)
class FeedbackFxTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    AppServices services;

    @Start
    void start(Stage stage) {
        services = new AppServices(dir, Messages.CHINESE, null, clock);
        services.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        // on the FX thread: stopping the ticker's timeline from another thread races the pulse
        WaitForAsyncUtils.asyncFx(services::close).get();
    }

    @Test
    void aPasteErrorShowsByThePasteBoxAndFollowsALanguageSwitch(FxRobot robot) throws Exception {
        waitUntil(() -> !services.statusViewModel().busyProperty().get());
        robot.interact(() -> robot.lookup("#paste-area").queryAs(TextArea.class).setText("eyJhbGciOiJIUzI1NiJ9.!!!.sig"));
        scrollToEnd(robot);
        robot.clickOn("#check-paste");
        waitUntil(() -> robot.lookup("#paste-error").query().isVisible());
        assertThat(robot.lookup("#status-error").query().isVisible()).isFalse();
        Node paneOfButton = robot.lookup("#check-paste").query().getParent().getParent();
        assertThat(robot.lookup("#paste-error").query().getParent().getParent()).isSameAs(paneOfButton);
        assertThat(text(robot, "#paste-error")).containsPattern("\\p{IsHan}");

        robot.interact(() -> services.settingsChanged(services.settings().withLanguage("en")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#paste-error").query().isVisible()).isTrue();
        assertThat(text(robot, "#paste-error")).contains("JWT").doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void aNewAnswerReplacesTheLastAndANoteGoesAwayOnItsOwn(FxRobot robot) throws Exception {
        waitUntil(() -> !services.statusViewModel().busyProperty().get());
        robot.interact(() -> robot.lookup("#paste-area").queryAs(TextArea.class).setText("not a token at all"));
        scrollToEnd(robot);
        robot.clickOn("#check-paste");
        waitUntil(() -> robot.lookup("#paste-error").query().isVisible());

        robot.interact(() -> robot.lookup("#copy-status").queryButton().fire());
        assertThat(visibleBanners(robot)).isEqualTo(1);
        assertThat(robot.lookup("#status-info").query().isVisible()).isTrue();
        assertThat(robot.lookup("#paste-error").query().isVisible()).isFalse();

        robot.interact(() -> services.statusViewModel().tick());
        clock.step(Duration.ofSeconds(21));
        robot.interact(() -> services.statusViewModel().tick());
        assertThat(visibleBanners(robot)).isZero();
    }

    private static long visibleBanners(FxRobot robot) {
        return robot.lookup(".banner").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getParent() != null && l.getParent().isVisible() && l.getScene() != null)
                .filter(l -> l.getId() != null && (l.getId().startsWith("status-") || l.getId().startsWith("paste-"))).count();
    }
}
