package dev.tokendoctor.ui.common;

import dev.tokendoctor.core.i18n.Messages;
import java.time.Clock;
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
 * note (not an error) that clears itself after {@link #NOTE_LIFETIME} on the next tick.
 */
public final class Feedback {

    /** Where the view shows the answer: next to the toolbar, or next to another group of actions. */
    public enum Place { TOOLBAR, INPUT }

    public static final Duration NOTE_LIFETIME = Duration.ofSeconds(20);

    private final Clock clock;
    private Messages messages;
    private Function<Messages, String> recipe;
    private boolean isError;
    private Instant shownAt;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Place> place = new ReadOnlyObjectWrapper<>(Place.TOOLBAR);

    public Feedback(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
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

    /** Lets a note go once it has been read; errors stay until replaced or dismissed. */
    public void tick() {
        if (recipe != null && !isError && shownAt != null && Duration.between(shownAt, clock.instant()).compareTo(NOTE_LIFETIME) >= 0) {
            clear();
        }
    }

    private void show(Function<Messages, String> text, boolean asError) {
        recipe = text;
        isError = asError;
        shownAt = clock.instant();
        render();
    }

    private void render() {
        String text = recipe == null ? "" : recipe.apply(messages);
        error.set(recipe != null && isError ? text : "");
        info.set(recipe != null && !isError ? text : "");
    }
}
