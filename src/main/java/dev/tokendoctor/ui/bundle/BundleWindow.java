package dev.tokendoctor.ui.bundle;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Where a bundle comes in and shows: an "Open a support bundle…" entry at the foot of the
 * navigation, a drop of a {@code .zip} anywhere on the main window, and a window of its own for the
 * bundle (so the user's own screens stay as they are, and nothing suggests it is this machine's).
 */
public final class BundleWindow {

    private final BundleViewModel vm;
    private final Supplier<ResourceBundle> bundle;
    private final Supplier<Window> owner;
    private final String css;
    private Stage stage;
    private BundleView view;

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
            if (e.getDragboard().hasFiles() && vm.bundleAmong(paths(e.getDragboard().getFiles())).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<Path> dropped = e.getDragboard().hasFiles() ? vm.bundleAmong(paths(e.getDragboard().getFiles())) : Optional.empty();
            dropped.ifPresent(vm::open);
            e.setDropCompleted(dropped.isPresent());
            e.consume();
        });
    }

    private void show(BundlePage page) {
        if (stage == null) {
            stage = new Stage();
            if (owner.get() != null) {
                stage.initOwner(owner.get());
            }
            view = new BundleView(vm, bundle.get());
            Scene scene = new Scene(view.root(), 900, 760);
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(css)).toExternalForm());
            stage.setScene(scene);
            stage.setOnHidden(e -> {
                view.close();
                view = null;
                stage = null;
                vm.close();
            });
        }
        stage.setTitle(page.windowTitle());
        stage.show();
        stage.toFront();
    }

    /** The viewer's window while a bundle is open, for tests and the owner's shutdown. */
    public Stage stage() {
        return stage;
    }

    private static List<Path> paths(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }
}
