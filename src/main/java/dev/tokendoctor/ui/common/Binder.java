package dev.tokendoctor.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/** Small one-line bindings the views share. */
public final class Binder {

    /** Binds a label's text to one field of an observable value (empty while it is null). */
    public static <T> void text(Label label, ObservableValue<T> source, Function<T, String> field) {
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            T value = source.getValue();
            return value == null ? "" : field.apply(value);
        }, source));
    }

    /** Keeps {@code box} holding one wrapped label per line, each with {@code styleClass}. */
    public static <T> void lines(Lifecycle life, Pane box, ObservableValue<T> source, Function<T, List<String>> field, String styleClass) {
        life.now(source, value -> {
            List<String> items = value == null ? List.of() : field.apply(value);
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
