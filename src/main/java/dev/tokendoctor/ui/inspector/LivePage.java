package dev.tokendoctor.ui.inspector;

/**
 * The page open in the Web app view, as plain strings: the view implements it over its
 * {@code WebEngine} (so every call happens on the UI thread), tests with a map. It lets the
 * view models read and change that origin's {@code localStorage} without knowing any scene graph.
 */
public interface LivePage {

    /** The page's origin, e.g. {@code http://localhost:8082}. */
    String origin();

    /** Every localStorage item, as a JSON object of strings. */
    String readAll();

    void remove(String key);

    void set(String key, String value);
}
