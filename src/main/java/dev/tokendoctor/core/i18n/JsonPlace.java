package dev.tokendoctor.core.i18n;

/**
 * Where in a pasted JSON text something was found, as a message argument. The parser works with
 * JSONPath ({@code $}, {@code $.data.access_token}); a person reads "the top level" or the field
 * names ({@code data.access_token}), so {@link Messages} renders it that way.
 */
public record JsonPlace(String path) {

    public static JsonPlace of(String path) {
        return new JsonPlace(path);
    }

    /** The words for a person, in {@code m}'s language. */
    String shown(Messages m) {
        if (path == null || path.equals("$") || path.isBlank()) {
            return m.get("json.root");
        }
        return m.get("json.field", path.startsWith("$.") ? path.substring(2) : path);
    }
}
