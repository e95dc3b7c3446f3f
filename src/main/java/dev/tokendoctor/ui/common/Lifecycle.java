package dev.tokendoctor.ui.common;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.util.Subscription;

/**
 * What a view subscribed to on view models that outlive it. A view records every listener it
 * adds here and {@link #attachTo attaches} the lot to its root; whoever replaces the root (a
 * language switch rebuilds every view) calls {@link #release(Node)}, so the old view stops
 * listening and can be collected instead of reacting behind the new one.
 */
public final class Lifecycle {

    private static final String KEY = Lifecycle.class.getName();

    private Subscription all = Subscription.EMPTY;

    /** Calls {@code action} with the value now and on every change, until released. */
    public <T> void now(ObservableValue<T> value, Consumer<T> action) {
        add(value.subscribe(action));
    }

    /** Calls {@code action} with old and new value on every change (not now), until released. */
    public <T> void changes(ObservableValue<T> value, BiConsumer<T, T> action) {
        add(value.subscribe(action));
    }

    /** Runs {@code action} now and whenever the list changes, until released. */
    public <T> void list(ObservableList<T> list, Runnable action) {
        ListChangeListener<T> listener = c -> action.run();
        list.addListener(listener);
        add(() -> list.removeListener(listener));
        action.run();
    }

    /**
     * Binds a text field's text to a view model's value. Unlike a label's, a text control's bound
     * text listens strongly, so without this the view model would keep the old view alive.
     */
    public void bindText(TextInputControl control, ObservableValue<String> value) {
        control.textProperty().bind(value);
        add(control.textProperty()::unbind);
    }

    public void add(Subscription subscription) {
        all = all.and(subscription);
    }

    /** Makes {@code root} carry these subscriptions, for {@link #release(Node)}. */
    public <N extends Node> N attachTo(N root) {
        Object before = root.getProperties().get(KEY);
        if (before instanceof Subscription s) {
            add(s);
        }
        root.getProperties().put(KEY, all);
        return root;
    }

    /** Ends every subscription the view behind {@code root} made (once; later calls do nothing). */
    public static void release(Node root) {
        if (root != null && root.getProperties().remove(KEY) instanceof Subscription s) {
            s.unsubscribe();
        }
    }
}
