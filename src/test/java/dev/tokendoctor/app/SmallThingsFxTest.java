package dev.tokendoctor.app;

import static dev.tokendoctor.app.StatusScreenFxTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The small things of the trust pass: the window's place, the first-launch card, warnings without JSONPath. */
@ExtendWith(ApplicationExtension.class)
class SmallThingsFxTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path dir;
    AppServices services;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = new AppServices(dir, Messages.ENGLISH, null, new MutableClock(NOW));
        services.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        // on the FX thread: stopping the ticker's timeline from another thread races the pulse
        WaitForAsyncUtils.asyncFx(services::close).get();
    }

    @Test
    void theWindowOpensWhereAndAsLargeAsItWasLeft(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(640);
        });
        robot.interact(() -> services.close());
        Stage[] again = new Stage[1];
        AppServices[] next = new AppServices[1];
        robot.interact(() -> {
            again[0] = new Stage();
            next[0] = new AppServices(dir, Messages.ENGLISH, null, new MutableClock(NOW));
            next[0].show(again[0]);
        });
        try {
            assertThat(again[0].getX()).isEqualTo(40);
            assertThat(again[0].getY()).isEqualTo(30);
            assertThat(again[0].getWidth()).isEqualTo(900);
            assertThat(again[0].getHeight()).isEqualTo(640);
        } finally {
            robot.interact(() -> {
                next[0].close();
                again[0].close();
            });
        }
    }

    @Test
    void theFirstLaunchCardStartsWithSignIn(FxRobot robot) throws Exception {
        waitUntil(() -> !services.statusViewModel().busyProperty().get());
        assertThat(robot.lookup("#action-card").query().isVisible()).isTrue();
        String card = robot.lookup("#action-card .card-step").queryAllAs(Label.class).stream().map(Label::getText).collect(Collectors.joining("\n"));
        assertThat(card.lines().findFirst().orElse("")).contains("Sign in");
    }

    @Test
    void parseWarningsNameThePlaceInWordsNotJsonPath(FxRobot robot) throws Exception {
        String inner = "{\"access_token\":\"czu_SmallThingsAccess0123456789abcdef\",\"expires_in\":" + NOW.plusSeconds(3600).getEpochSecond() + "}";
        String doubleEncoded = "\"" + inner.replace("\"", "\\\"") + "\"";
        robot.interact(() -> services.statusViewModel().importText(doubleEncoded, Msg.of("source.paste")));
        waitUntil(() -> services.statusViewModel().storedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        String warnings = robot.lookup("#warnings-box").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((dev.tokendoctor.ui.common.SteadyLabel) n).label().getText()).collect(Collectors.joining("\n"));
        assertThat(warnings).contains("the top level").doesNotContain("$");
    }
}
