package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** At 800×600 the verdict, the countdown, the card, the details and every toolbar button are read whole, in both languages. */
@ExtendWith(ApplicationExtension.class)
class StatusNarrowFxTest {

    private static final List<String> WHOLE = List.of("#badge", "#countdown", "#countdown-caption", "#action-card",
            "#refresh-now", "#reauthorize", "#copy-status", "#clear-tokens", "#undo", ".details");

    @TempDir
    Path dir;
    AppServices services;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = new AppServices(dir, Messages.ENGLISH, Path.of("assets/samples/far-future-bug.json"),
                new MutableClock(Instant.parse("2026-12-01T10:00:00Z")));
        services.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(services::close).get();
    }

    @Test
    void theVerdictTheCountdownTheCardAndTheToolbarAreWholeAt800x600(FxRobot robot) throws Exception {
        StatusScreenFxTest.waitUntil(() -> services.statusViewModel().health() != null
                && services.statusViewModel().storedProperty().get());
        for (String language : List.of("en", "zh")) {
            robot.interact(() -> services.settingsChanged(services.settings().withLanguage(language)));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                stage.setWidth(800);
                stage.setHeight(600);
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<String> cut = new ArrayList<>();
            for (String id : WHOLE) {
                cut.addAll(SettingsFxTest.cutLabels(robot.lookup(id).query()));
            }
            assertThat(cut).as(language + " at 800×600").isEmpty();
        }
    }
}
