package dev.tokendoctor.ui.inspector;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressIndicator;

/** A small spinner on the Inspector's navigation entry while the stores are being read. */
public final class ScanIndicatorView {

    /** Puts the spinner on {@code navEntry} (a labeled node; anything else is left alone). */
    public static void attach(Node navEntry, InspectorViewModel vm) {
        if (navEntry instanceof Labeled entry) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setId("inspector-scan-indicator");
            spinner.setPrefSize(14, 14);
            spinner.setMaxSize(14, 14);
            spinner.visibleProperty().bind(vm.scanningProperty());
            entry.setGraphic(spinner);
            entry.setContentDisplay(ContentDisplay.RIGHT);
        }
    }

    private ScanIndicatorView() {
    }
}
