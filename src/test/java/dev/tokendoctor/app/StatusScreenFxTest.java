package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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

/** The real window, headless: paste, countdown, expiry, clear and undo. The clock steps; nothing sleeps for expiry. */
@ExtendWith(ApplicationExtension.class)
class StatusScreenFxTest {

    static final Instant START = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(START);
    AppServices services;

    @Start
    void start(Stage stage) {
        services = new AppServices(dir, Messages.ENGLISH, null, clock);
        services.show(stage);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void pasteCountdownExpiryClearAndUndo(FxRobot robot) throws Exception {
        waitUntil(() -> !services.statusViewModel().busyProperty().get());
        assertThat(text(robot, "#state-badge")).isEqualTo("No token");

        String json = "{\"access_token\":\"czu_FxTestAccessToken0123456789abcdef\",\"refresh_token\":\"rt_0123456789\","
                + "\"expires_in\":" + START.plusSeconds(540).getEpochSecond() + ",\"obtained_at\":" + START.minusSeconds(360).getEpochSecond() + "}";
        robot.interact(() -> robot.lookup("#paste-area").queryAs(TextArea.class).setText(json));
        scrollToEnd(robot);
        robot.clickOn("#check-paste");
        waitUntil(() -> state() == HealthState.EXPIRING_SOON);
        assertThat(text(robot, "#state-badge")).isEqualTo("Expiring soon");
        assertThat(text(robot, "#countdown")).isEqualTo("00:09:00");
        assertThat(robot.lookup("#action-card").query().isVisible()).isTrue();
        assertThat(text(robot, "#detail-access")).startsWith("czu_…(").doesNotContain("FxTestAccessToken");

        clock.step(Duration.ofSeconds(61));
        tick(robot);
        assertThat(text(robot, "#countdown")).isEqualTo("00:07:59");

        clock.step(Duration.ofMinutes(8));
        tick(robot);
        assertThat(state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);
        assertThat(text(robot, "#state-badge")).isEqualTo("Expired: refresh it");
        assertThat(text(robot, "#countdown")).isEqualTo("00:00:00");
        assertThat(robot.lookup("#badge").query().getStyleClass()).contains("state-expired-refreshable");
        byte[] stored = Files.readAllBytes(dir.resolve("tokens.json"));

        robot.clickOn("#clear-tokens");
        robot.clickOn("Yes");
        waitUntil(() -> state() == HealthState.MISSING);
        assertThat(Files.exists(dir.resolve("tokens.json"))).isFalse();
        // issue 10, finding 1: the button says what it puts back
        assertThat(robot.lookup("#undo").queryAll().stream().filter(n -> n instanceof javafx.scene.control.Button)
                .map(n -> ((javafx.scene.control.Button) n).getText()).toList()).anyMatch(t -> t.startsWith("Undo clear (puts back czu_"));

        robot.clickOn("#undo");
        waitUntil(() -> state() == HealthState.EXPIRED_REFRESHABLE);
        assertThat(Files.readAllBytes(dir.resolve("tokens.json"))).isEqualTo(stored);
        assertThat(text(robot, "#status-info")).contains("Restored");
    }

    @Test
    void aBadPasteShowsWhereItIsWrong(FxRobot robot) throws Exception {
        waitUntil(() -> !services.statusViewModel().busyProperty().get());
        robot.interact(() -> robot.lookup("#paste-area").queryAs(TextArea.class).setText("eyJhbGciOiJIUzI1NiJ9.!!!.sig"));
        scrollToEnd(robot);
        robot.clickOn("#check-paste");
        waitUntil(() -> !services.statusViewModel().errorProperty().get().isEmpty());
        assertThat(text(robot, "#paste-error")).contains("JWT").contains("base64url");
        assertThat(state()).isEqualTo(HealthState.MISSING);
    }

    @Test
    void tenMegabytesOfTextAreRefusedWithASentenceAndNoFreeze(FxRobot robot) throws Exception {
        waitUntil(() -> !services.statusViewModel().busyProperty().get());
        String huge = "x".repeat(10 * 1024 * 1024);
        robot.interact(() -> robot.lookup("#paste-area").queryAs(TextArea.class).insertText(0, huge));
        // The refused paste never reaches the text control, so nothing can freeze on it.
        assertThat(robot.lookup("#paste-area").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(text(robot, "#paste-error")).contains("10.0 MB");
    }

    /** The paste box sits at the end of the scrolling status screen, as a person would scroll to it. */
    static void scrollToEnd(FxRobot robot) {
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#status-screen .scroll-pane").query()).setVvalue(1.0));
    }

    private HealthState state() {
        return services.statusViewModel().health().state();
    }

    private void tick(FxRobot robot) {
        robot.interact(() -> services.statusViewModel().tick());
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
