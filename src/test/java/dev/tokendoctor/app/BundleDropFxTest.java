package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Files dropped onto the main window, through the main scene's own drag handlers. Headless Monocle
 * carries no drag gesture from a robot's mouse (a drag from a source window of the test's own,
 * tried first, never reached the target), and no file manager exists here: so the test fires the
 * DRAG_OVER and DRAG_DROPPED events a drop sends, with a JavaFX dragboard holding the file, at the
 * paste box on the Status screen.
 */
@ExtendWith(ApplicationExtension.class)
class BundleDropFxTest {

    @TempDir
    Path dir;
    AppServices services;
    Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        services = new AppServices(dir.resolve("data"), Messages.ENGLISH, null, Clock.systemUTC());
        services.show(stage);
        stage.setX(0);
        stage.setY(0);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (services.bundleWindow().stage() != null) {
                services.bundleWindow().stage().close();
            }
            services.bundleWindow().dropNote().hide();
        });
        services.close();
    }

    @Test
    void aDroppedBundleOpensInTheViewer(FxRobot robot) throws Exception {
        drop(robot, BundleViewerFxTest.FIXTURE.toAbsolutePath());
        StatusScreenFxTest.waitUntil(() -> services.bundleWindow().stage() != null && services.bundleWindow().stage().isShowing());
        Stage viewer = services.bundleWindow().stage();
        assertThat(viewer.getTitle()).contains("main-2026-12-01.zip").contains("someone else's machine");
        assertThat(((Label) viewer.getScene().getRoot().lookup("#state-badge")).getText()).isEqualTo("Expired: refresh it");
        assertThat(services.bundleWindow().dropNote().isShowing()).isFalse();
    }

    @Test
    void aDroppedFileThatIsNotABundleIsAnsweredWhereItFellAndNothingIsLost(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "some notes");
        TextArea paste = (TextArea) main.getScene().getRoot().lookup("#paste-area");
        robot.interact(() -> paste.setText("half-written error text"));

        drop(robot, notes);
        StatusScreenFxTest.waitUntil(() -> services.bundleWindow().dropNote().isShowing());
        Label note = (Label) services.bundleWindow().dropNote().getContent().get(0);
        assertThat(note.getText()).isEqualTo("notes.txt: not a support bundle. Drop the .zip that Coze Token Doctor exported; "
                + "nothing was changed.");
        // next to where the files fell (the middle of the paste box), moved only as far as the screen's edge asks
        Bounds box = paste.localToScreen(paste.getBoundsInLocal());
        Bounds shown = note.localToScreen(note.getBoundsInLocal());
        double dx = Math.max(0, Math.max(shown.getMinX() - box.getCenterX(), box.getCenterX() - shown.getMaxX()));
        double dy = Math.max(0, Math.max(shown.getMinY() - box.getCenterY(), box.getCenterY() - shown.getMaxY()));
        assertThat(Math.hypot(dx, dy)).as(shown + " from the drop at " + box.getCenterX() + "," + box.getCenterY()).isLessThan(48);
        assertThat(services.bundleWindow().stage()).isNull();
        assertThat(paste.getText()).isEqualTo("half-written error text");
        assertThat(((Label) main.getScene().getRoot().lookup("#state-badge")).getText()).isEqualTo("No token");

        // the next click puts the note away
        robot.clickOn(main.getScene().getRoot().lookup("#state-badge"), MouseButton.PRIMARY);
        StatusScreenFxTest.waitUntil(() -> !services.bundleWindow().dropNote().isShowing());
        assertThat(services.bundleViewModel().errorProperty().get()).isEmpty();
    }

    /** Drags {@code file} over the paste box and drops it there, as a file manager's drop arrives: over, then dropped. */
    private void drop(FxRobot robot, Path file) {
        robot.interact(() -> {
            Node target = main.getScene().getRoot().lookup("#paste-area");
            Bounds screen = target.localToScreen(target.getBoundsInLocal());
            Bounds scene = target.localToScene(target.getBoundsInLocal());
            Dragboard board = DroppedFiles.of(List.of(file.toFile()));
            DragEvent over = event(DragEvent.DRAG_OVER, board, target, scene, screen, null);
            Event.fireEvent(target, over);
            assertThat(over.isAccepted()).as("the window takes the drag").isTrue();
            Event.fireEvent(target, event(DragEvent.DRAG_DROPPED, board, target, scene, screen, over.getAcceptedTransferMode()));
        });
    }

    private static DragEvent event(EventType<DragEvent> type, Dragboard board, Node target, Bounds scene, Bounds screen,
                                   TransferMode accepted) {
        return new DragEvent(null, target, type, board, scene.getCenterX(), scene.getCenterY(), screen.getCenterX(),
                screen.getCenterY(), accepted == null ? TransferMode.COPY : accepted, null, null, null);
    }
}
