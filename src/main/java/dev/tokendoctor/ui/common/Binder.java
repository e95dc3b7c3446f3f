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

    /**
     * Keeps {@code box} holding one wrapped label per line, each with {@code styleClass}, each in a
     * {@link SteadyLabel}. The labels are reused and only a changed line's text is set: lines such
     * as "expires in 00:05:57" change every second, and new labels each second meant CSS, a layout
     * of the whole screen and a repaint of the whole window.
     */
    public static <T> void lines(Lifecycle life, Pane box, ObservableValue<T> source, Function<T, List<String>> field, String styleClass) {
        life.now(source, value -> {
            List<String> items = value == null ? List.of() : field.apply(value);
            var children = box.getChildren();
            if (children.size() != items.size() || !children.stream().allMatch(n -> n instanceof SteadyLabel)) {
                children.setAll(items.stream().map(s -> {
                    Label l = new Label(s);
                    l.setWrapText(true);
                    l.getStyleClass().add(styleClass);
                    return new SteadyLabel(l);
                }).toList());
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                Label l = ((SteadyLabel) children.get(i)).label();
                if (!items.get(i).equals(l.getText())) {
                    l.setText(items.get(i));
                }
            }
        });
    }

    /** The labels {@link #lines} keeps in {@code box}, in order. */
    public static List<Label> lineLabels(Pane box) {
        return box.getChildren().stream().filter(n -> n instanceof SteadyLabel).map(n -> ((SteadyLabel) n).label()).toList();
    }

    /**
     * Visible and managed exactly when {@code test} holds for the current value, set only when that
     * changes: a bound {@code visible} property tells the parent to lay out again on every
     * invalidation of its source, even when the answer stays the same (the source changes every second).
     */
    public static <T> void shown(Lifecycle life, javafx.scene.Node node, ObservableValue<T> source, java.util.function.Predicate<T> test) {
        life.now(source, value -> {
            boolean show = test.test(value);
            if (node.isVisible() != show || node.isManaged() != show) {
                node.setVisible(show);
                node.setManaged(show);
            }
        });
    }

    /**
     * A progress bar following one field, moved in steps of 1/400 (about two pixels of a full-width
     * bar): each move lays the screen out again, and a 15-minute token would otherwise move it
     * every second.
     */
    public static <T> void progress(Lifecycle life, javafx.scene.control.ProgressBar bar, ObservableValue<T> source, java.util.function.ToDoubleFunction<T> field) {
        life.now(source, value -> {
            double p = value == null ? 0 : Math.max(0, Math.min(1, field.applyAsDouble(value)));
            double stepped = Math.floor(p * 400) / 400;
            if (bar.getProgress() != stepped) {
                bar.setProgress(stepped);
            }
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
