package dev.tokendoctor.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;

/**
 * A spinner that exists only while work runs. An indeterminate {@code ProgressIndicator} left in
 * the scene graph keeps an animation (and so JavaFX's pulse) going; this one is created when
 * {@code busy} turns true and removed when it turns false, keeping its place in the layout.
 */
public final class BusyIndicator extends StackPane {

    /** Held here and listened to weakly: the view model that outlives a rebuilt view must not keep it alive. */
    private final ChangeListener<Boolean> follow;

    public BusyIndicator(ObservableValue<Boolean> busy, double size) {
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        follow = (o, was, is) -> show(Boolean.TRUE.equals(is), size);
        busy.addListener(new WeakChangeListener<>(follow));
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
