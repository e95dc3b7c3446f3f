package dev.tokendoctor.app;

import static dev.tokendoctor.app.StatusScreenFxTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings are readable at the default window and at 800×600, in both languages; feedback sits by its button. */
@ExtendWith(ApplicationExtension.class)
class SettingsFxTest {

    @TempDir
    Path dir;
    AppServices services;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = new AppServices(dir, Messages.ENGLISH, null, new MutableClock(Instant.parse("2026-11-27T10:00:00Z")));
        services.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        // on the FX thread: stopping the ticker's timeline from another thread races the pulse
        WaitForAsyncUtils.asyncFx(services::close).get();
    }

    @Test
    void everyLabelIsWholeAtTheDefaultSizeAndAt800x600InBothLanguages(FxRobot robot) throws Exception {
        for (String language : List.of("en", "zh")) {
            robot.interact(() -> services.settingsChanged(services.settings().withLanguage(language)));
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#nav-settings");
            for (int[] size : new int[][] {{1000, 780}, {800, 600}}) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                List<String> cut = cutLabels(robot.lookup("#settings-screen").query());
                assertThat(cut).as(language + " at " + size[0] + "×" + size[1]).isEmpty();
            }
        }
    }

    @Test
    void applyingTheConnectionAnswersBesideTheButtonAndReplacesTheLastAnswer(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.interact(() -> robot.lookup("#apply-connection").queryButton().fire());
        waitUntil(() -> robot.lookup("#connection-feedback").queryAs(Label.class).isVisible());
        Node feedback = robot.lookup("#connection-feedback").query();
        assertThat(feedback.getParent()).isSameAs(robot.lookup("#apply-connection").query().getParent());
        assertThat(((Label) feedback).getText()).contains("applied");
        assertThat(robot.lookup("#settings-error").query().isVisible()).isFalse();

        robot.interact(() -> robot.lookup("#provider").queryComboBox().getSelectionModel().select("COZE_CN"));
        robot.interact(() -> robot.lookup("#client-id").queryTextInputControl().setText(""));
        robot.interact(() -> robot.lookup("#apply-connection").queryButton().fire());
        assertThat(robot.lookup("#connection-feedback").queryAll()).hasSize(1);
        assertThat(robot.lookup("#connection-feedback").queryAs(Label.class).getText()).contains("client id").doesNotContain("applied");
        assertThat(robot.lookup("#connection-feedback").queryAs(Label.class).getStyleClass()).contains("banner-error");
    }

    @Test
    void aSecretNotYetStoredSaysSoInsteadOfTrailingOff(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        waitUntil(() -> robot.lookup("#secret-stored").queryAs(Label.class).getText().endsWith("nothing yet"));
        assertThat(robot.lookup("#key-stored").queryAs(Label.class).getText()).isEqualTo("Stored: nothing yet");
    }

    /** Labels whose drawn text is not their whole text (cut to "…" or to a character). */
    static List<String> cutLabels(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            Parent holder = l instanceof javafx.scene.control.TitledPane ? (Parent) l.lookup(".title") : l;
            String shown = holder.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                    .findFirst().orElse("").replace("\n", "");
            String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
            if (!shown.equals(whole.replace("\n", ""))) {
                cut.add(String.format(Locale.ROOT, "'%s' drawn as '%s'", l.getText(), shown));
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, cut));
        }
    }
}
