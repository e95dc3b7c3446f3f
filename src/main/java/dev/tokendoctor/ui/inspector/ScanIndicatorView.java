package dev.tokendoctor.ui.inspector;

import dev.tokendoctor.ui.common.BusyIndicator;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;

/** A small spinner on the Inspector's navigation entry while the stores are being read. */
public final class ScanIndicatorView {

    /** Puts the spinner on {@code navEntry} (a labeled node; anything else is left alone). */
    public static void attach(Node navEntry, InspectorViewModel vm) {
        if (navEntry instanceof Labeled entry) {
            BusyIndicator spinner = new BusyIndicator(vm.scanningProperty(), 14);
            spinner.setId("inspector-scan-indicator");
            entry.setGraphic(spinner);
            entry.setContentDisplay(ContentDisplay.RIGHT);
        }
    }

    private ScanIndicatorView() {
    }
}
