package dev.tokendoctor.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/** Small one-line bindings the views share. */
public final class Binder {

    /**
     * Keeps a label's text one field of an observable value (empty while it is null). The text is
     * set only when it changes: a binding would invalidate the label on every tick of the clock,
     * and an invalidated label is laid out again even when its text is the same.
     */
    public static <T> void text(Label label, ObservableValue<T> source, Function<T, String> field) {
        Runnable refresh = () -> {
            T value = source.getValue();
            String text = value == null ? "" : field.apply(value);
            if (!text.equals(label.getText())) {
                label.setText(text);
            }
        };
        follow(label, source, refresh);
    }

    /**
     * Runs {@code refresh} on every change of {@code source} for as long as {@code node} lives:
     * the listener is weak (held by the node), so a view rebuilt for another language is not kept
     * alive by the view model it listened to, as it was not with a binding.
     */
    private static void follow(javafx.scene.Node node, ObservableValue<?> source, Runnable refresh) {
        javafx.beans.InvalidationListener listener = o -> refresh.run();
        node.getProperties().put(new Object(), listener);
        source.addListener(new javafx.beans.WeakInvalidationListener(listener));
        refresh.run();
    }

    /** Keeps {@code box} holding one wrapped label per line, each with {@code styleClass}. */
    public static <T> void lines(Lifecycle life, Pane box, ObservableValue<T> source, Function<T, List<String>> field, String styleClass) {
        life.now(source, value -> {
            List<String> items = value == null ? List.of() : field.apply(value);
            if (items.equals(box.getChildren().stream().map(n -> n instanceof Label l ? l.getText() : null).toList())) {
                return; // the same lines: leave the nodes alone (this runs on every tick of the clock)
            }
            box.getChildren().setAll(items.stream().map(s -> {
                Label l = new Label(s);
                l.setWrapText(true);
                l.getStyleClass().add(styleClass);
                return l;
            }).toList());
        });
    }

    /** Visible and managed exactly when the text is not blank. */
    public static void shownWhenText(javafx.scene.Node node, ObservableValue<String> text) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.getValue() != null && !text.getValue().isBlank(), text));
        node.managedProperty().bind(node.visibleProperty());
    }

    private Binder() {
    }
}
