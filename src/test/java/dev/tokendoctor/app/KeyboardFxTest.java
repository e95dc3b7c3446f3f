package dev.tokendoctor.app;

import static dev.tokendoctor.app.StatusScreenFxTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.testing.MutableClock;
import dev.tokendoctor.ui.shell.Page;
import dev.tokendoctor.ui.wizard.FixWizardViewModel.Step;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main actions work from the keyboard; the focus can be seen; Tab leaves the paste box. */
@ExtendWith(ApplicationExtension.class)
class KeyboardFxTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path dir;
    AppServices services;

    @Start
    void start(Stage stage) {
        services = new AppServices(dir, Messages.ENGLISH, null, new MutableClock(NOW));
        services.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        // on the FX thread: stopping the ticker's timeline from another thread races the pulse
        WaitForAsyncUtils.asyncFx(services::close).get();
    }

    @Test
    void shortcutsSwitchScreensRefreshCopyRescanAndStepTheWizard(FxRobot robot) throws Exception {
        waitUntil(() -> !services.statusViewModel().busyProperty().get() && !services.inspectorViewModel().scanningProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        assertThat(services.shell.pageProperty().get()).isEqualTo(Page.SETTINGS);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertThat(services.shell.pageProperty().get()).isEqualTo(Page.STATUS);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> services.statusViewModel().infoProperty().get().contains("copied"));

        String json = "{\"access_token\":\"czu_KeyboardAccessToken0123456789abcdef\",\"refresh_token\":\"rt_keyboard_0123456789\","
                + "\"expires_in\":" + NOW.plusSeconds(3600).getEpochSecond() + "}";
        robot.interact(() -> services.statusViewModel().importText(json, dev.tokendoctor.core.i18n.Msg.of("source.paste")));
        waitUntil(() -> !services.statusViewModel().busyProperty().get() && services.statusViewModel().storedProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitUntil(() -> services.statusViewModel().lastRefreshProperty().get() != null);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        AtomicBoolean scanned = new AtomicBoolean();
        robot.interact(() -> services.inspectorViewModel().scanningProperty().addListener((o, a, now) -> scanned.compareAndSet(false, now)));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(scanned::get);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(services.wizardViewModel().stepProperty().get()).isEqualTo(Step.DETECT);
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        waitUntil(() -> services.wizardViewModel().stepProperty().get() != Step.DETECT);
        Step reached = services.wizardViewModel().stepProperty().get();
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitUntil(() -> services.wizardViewModel().stepProperty().get().ordinal() == reached.ordinal() - 1);
    }

    @Test
    void theMainButtonsHaveMnemonicsInBothLanguages(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#refresh-now").queryButton().getText()).isEqualTo("_Refresh now");
        assertThat(robot.lookup("#copy-status").queryButton().isMnemonicParsing()).isTrue();
        robot.interact(() -> services.settingsChanged(services.settings().withLanguage("zh")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#refresh-now").queryButton().getText()).isEqualTo("立即刷新(_R)");
    }

    @Test
    void theFocusRingShowsOnTheSidebarAndOnBlueButtons(FxRobot robot) throws Exception {
        assertChangesWhenFocused(robot, robot.lookup("#nav-wizard").query());
        assertChangesWhenFocused(robot, robot.lookup("#fix-wizard").query());
    }

    @Test
    void tabInThePasteBoxMovesTheFocusOn(FxRobot robot) throws Exception {
        TextArea area = robot.lookup("#paste-area").queryAs(TextArea.class);
        StatusScreenFxTest.scrollToEnd(robot);
        robot.interact(area::requestFocus);
        robot.write("czu_x");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).isEqualTo("czu_x");
        assertThat(area.isFocused()).isFalse();
        assertThat(area.getScene().getFocusOwner()).isInstanceOf(Button.class);
    }

    /** Focused, the control paints a colour it does not paint otherwise (insets alone change nothing one can see). */
    private static void assertChangesWhenFocused(FxRobot robot, Node node) {
        robot.interact(() -> node.getScene().getRoot().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Set<javafx.scene.paint.Paint> before = paints(node);
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node.isFocused()).isTrue();
        java.util.Set<javafx.scene.paint.Paint> focused = paints(node);
        focused.removeAll(before);
        focused.removeIf(p -> p instanceof javafx.scene.paint.Color c && c.getOpacity() == 0);
        assertThat(focused).as(node.getId() + " paints something new when focused").isNotEmpty();
    }

    private static java.util.Set<javafx.scene.paint.Paint> paints(Node node) {
        Background b = ((javafx.scene.layout.Region) node).getBackground();
        java.util.Set<javafx.scene.paint.Paint> paints = new java.util.HashSet<>();
        if (b != null) {
            b.getFills().forEach(f -> paints.add(f.getFill()));
        }
        return paints;
    }
}
