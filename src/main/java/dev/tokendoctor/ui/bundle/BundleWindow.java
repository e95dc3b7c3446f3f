package dev.tokendoctor.ui.bundle;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Where a bundle comes in and shows: an "Open a support bundle…" entry at the foot of the
 * navigation, a drop of files anywhere on the main window, and a window of its own for the bundle.
 *
 * <p>Its own window, not a mode of the main one: an engineer reads the user's status next to their
 * own (often to compare), may keep it open while working, and nothing in it can act on the
 * engineer's own tokens — the main window's Refresh, Clear and Sign in stay with the main window.
 * A drop that is not a bundle is answered where the files fell, in a note that goes with the next
 * click; the screen under it is left exactly as it was.
 */
public final class BundleWindow {

    private final BundleViewModel vm;
    private final Supplier<ResourceBundle> bundle;
    private final Supplier<Window> owner;
    private final String css;
    private Popup dropNote; // made on the first wrong drop: a popup is a window, not worth its start-up cost before then
    private Label dropText;
    private Stage stage;
    private BundleView view;
    private ResourceBundle shownIn;
    private Point2D droppedAt;

    /** One per app: shows a window whenever the view model opens a bundle. */
    public BundleWindow(BundleViewModel vm, Supplier<ResourceBundle> bundle, Supplier<Window> owner, String css) {
        this.vm = vm;
        this.bundle = bundle;
        this.owner = owner;
        this.css = css;
        vm.pageProperty().addListener((o, a, page) -> {
            if (page != null) {
                show(page);
            }
        });
        vm.errorProperty().addListener((o, a, text) -> answerDrop(text));
    }

    /** Adds the entry to {@code nav} (if there is one) and the drop target to {@code root}: once per built main view. */
    public void attachTo(Parent root, Pane nav) {
        if (nav != null) {
            Region spacer = new Region();
            VBox.setVgrow(spacer, Priority.ALWAYS);
            Button open = new Button(bundle.get().getString("bundle.open"));
            open.setId("nav-open-bundle");
            open.setMaxWidth(Double.MAX_VALUE);
            open.getStyleClass().add("nav-entry");
            open.setOnAction(e -> vm.chooseAndOpen());
            nav.getChildren().addAll(spacer, open);
        }
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            // every file is taken, so that a wrong one gets an answer instead of a silent "no entry" cursor
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasFiles()) {
                return;
            }
            droppedAt = new Point2D(e.getScreenX(), e.getScreenY());
            e.setDropCompleted(vm.dropped(paths(e.getDragboard().getFiles())));
            e.consume();
        });
    }

    /** A drop's answer, next to where the files fell (only for a drop: the file picker's answer is a dialog). */
    private void answerDrop(String text) {
        Window main = owner.get();
        if (droppedAt == null || main == null || text == null || text.isEmpty()) {
            return;
        }
        Popup note = dropNote();
        dropText.setText(text);
        note.show(main, droppedAt.getX(), droppedAt.getY());
        droppedAt = null;
    }

    private void show(BundlePage page) {
        droppedAt = null;
        if (stage == null) {
            stage = new Stage();
            if (owner.get() != null) {
                stage.initOwner(owner.get());
            }
            Scene scene = new Scene(new Region(), 1000, 780);
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(css)).toExternalForm());
            stage.setScene(scene);
            stage.setMinWidth(760);
            stage.setMinHeight(540);
            stage.setOnHidden(e -> {
                view.close();
                view = null;
                stage = null;
                vm.close();
            });
        }
        boolean relocalized = view != null && shownIn != bundle.get();
        if (view == null || relocalized) {
            // first bundle, or the language changed since: the view's labels come from the bundle it was built with
            if (view != null) {
                view.close();
            }
            shownIn = bundle.get();
            view = new BundleView(vm, shownIn);
            stage.getScene().setRoot(view.root());
        }
        stage.setTitle(page.windowTitle());
        if (!relocalized) { // a language switch redraws the open viewer where it is; a bundle opened comes to the front
            stage.show();
            stage.toFront();
        }
    }

    /** The viewer's window while a bundle is open, for tests and the owner's shutdown. */
    public Stage stage() {
        return stage;
    }

    /** The note a wrong drop left, for tests: showing or not, and its words. */
    public Popup dropNote() {
        if (dropNote == null) {
            dropText = new Label();
            dropText.setId("bundle-drop-note");
            dropText.setWrapText(true);
            dropText.setMaxWidth(420);
            dropText.getStyleClass().addAll("banner", "banner-error");
            dropNote = new Popup();
            dropText.setOnMouseClicked(e -> dropNote.hide());
            dropNote.getContent().add(dropText);
            dropNote.setAutoHide(true); // the next click anywhere puts it away
            dropNote.setOnHidden(e -> vm.dismissError());
        }
        return dropNote;
    }

    private static List<Path> paths(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }
}
