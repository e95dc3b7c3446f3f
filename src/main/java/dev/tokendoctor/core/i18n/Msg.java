package dev.tokendoctor.core.i18n;

import java.util.List;

/**
 * A sentence for the user, not yet in a language: a resource-bundle key and its arguments.
 * Services return these; the UI (or a report) renders them with {@link Messages}.
 * Arguments must never be secrets: pass fingerprints.
 */
public record Msg(String key, List<Object> args) {

    public Msg {
        args = List.copyOf(args);
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, List.of(args));
    }
}
