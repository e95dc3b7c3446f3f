package dev.tokendoctor.ui.common;

import dev.tokendoctor.core.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one way a view model answers an action: one sentence at a time (a new one replaces the
 * last, an error and a note never stack), shown at the {@link #place()} of the action that
 * caused it, kept as a recipe rather than a string so a language switch re-renders it, and a
 * note (not an error) that clears itself {@link #NOTE_LIFETIME} after the first {@link #tick}
 * that saw it (the owner's clock drives the ticks, so no clock is needed here).
 */
public final class Feedback {

    /** Where the view shows the answer: next to the toolbar, or next to another group of actions. */
    public enum Place { TOOLBAR, INPUT }

    public static final Duration NOTE_LIFETIME = Duration.ofSeconds(20);

    private Messages messages;
    private Function<Messages, String> recipe;
    private boolean isError;
    private Instant shownAt;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Place> place = new ReadOnlyObjectWrapper<>(Place.TOOLBAR);

    public Feedback(Messages messages) {
        this.messages = messages;
    }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty infoProperty() { return info.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Place> placeProperty() { return place.getReadOnlyProperty(); }
    public Place place() { return place.get(); }

    /** The next answers belong to an action at {@code where}. */
    public void at(Place where) {
        if (where != place.get()) {
            clear();
            place.set(where);
        }
    }

    public void info(Function<Messages, String> text) {
        show(text, false);
    }

    public void error(Function<Messages, String> text) {
        show(text, true);
    }

    public void clear() {
        recipe = null;
        render();
    }

    /** Renders the shown sentence again, in another language. */
    public void relocalize(Messages newMessages) {
        messages = newMessages;
        render();
    }

    /** Lets a note go once it has been shown long enough to read; errors stay until replaced or dismissed. */
    public void tick(Instant now) {
        if (recipe == null || isError) {
            return;
        }
        if (shownAt == null) {
            shownAt = now;
        } else if (Duration.between(shownAt, now).compareTo(NOTE_LIFETIME) >= 0) {
            clear();
        }
    }

    /** The sentence shown now (error or note), empty when none. */
    public String text() {
        return error.get().isEmpty() ? info.get() : error.get();
    }

    private void show(Function<Messages, String> text, boolean asError) {
        recipe = text;
        isError = asError;
        shownAt = null;
        render();
    }

    private void render() {
        String text = recipe == null ? "" : recipe.apply(messages);
        error.set(recipe != null && isError ? text : "");
        info.set(recipe != null && !isError ? text : "");
    }
}
