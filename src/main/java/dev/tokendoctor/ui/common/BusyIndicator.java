package dev.tokendoctor.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;

/**
 * A spinner that exists only while work runs. An indeterminate {@code ProgressIndicator} left in
 * the scene graph keeps an animation (and so JavaFX's pulse) going; this one is created when
 * {@code busy} turns true and removed when it turns false, keeping its place in the layout.
 */
public final class BusyIndicator extends StackPane {

    public BusyIndicator(ObservableValue<Boolean> busy, double size) {
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        busy.addListener((o, was, is) -> show(Boolean.TRUE.equals(is), size));
        show(Boolean.TRUE.equals(busy.getValue()), size);
    }

    private void show(boolean busy, double size) {
        if (busy && getChildren().isEmpty()) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(size, size);
            spinner.setMaxSize(size, size);
            getChildren().add(spinner);
        } else if (!busy) {
            getChildren().clear();
        }
    }
}
