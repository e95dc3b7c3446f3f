package dev.tokendoctor.core.redact;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces the spans a pattern's matches point at, left to right, in one pass over the text. */
final class Splice {

    /** Replace {@code [start, end)} of the text with {@code replacement}. */
    record Edit(int start, int end, String replacement) {
    }

    private Splice() {
    }

    /** @param edit for each match, the edit to make, or null to leave it */
    static String apply(Pattern pattern, String text, Function<Matcher, Edit> edit) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int pos = 0;
        int search = 0;
        while (search < text.length() && m.find(search)) {
            Edit e = edit.apply(m);
            search = Math.max(m.end(), m.start() + 1);
            if (e == null || e.start() < pos) {
                continue;
            }
            out = out == null ? new StringBuilder(text.length()) : out;
            out.append(text, pos, e.start()).append(e.replacement());
            pos = e.end();
            search = Math.max(search, e.end());
        }
        return out == null ? text : out.append(text, pos, text.length()).toString();
    }
}
