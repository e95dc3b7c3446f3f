package dev.tokendoctor.core.redact;

import dev.tokendoctor.core.redact.Splice.Edit;
import java.util.function.BiFunction;

/**
 * Finds {@code name = value} in every notation by walking from each separator ({@code =}, {@code :},
 * {@code ：}, {@code ＝}, {@code =>}, {@code %3A}, {@code %3D}) back to its name: a regular expression
 * tried at every position of a megabyte-long paste cost seconds; separators are few.
 */
final class KeyedValues {

    private static final String[] CHINESE = SecretNames.CHINESE.split("\\|");

    private KeyedValues() {
    }

    /** @param edit given the value's start and the name, the edit to make, or null */
    static String apply(String text, BiFunction<Integer, String, Edit> edit) {
        StringBuilder out = null;
        int pos = 0;
        int i = 0;
        while (i < text.length()) {
            int sepEnd = separatorEnd(text, i);
            if (sepEnd < 0) {
                i++;
                continue;
            }
            String name = nameBefore(text, i);
            Edit e = name == null ? null : edit.apply(valueStart(text, sepEnd), name);
            if (e == null || e.start() < pos) {
                i = sepEnd;
                continue;
            }
            out = out == null ? new StringBuilder(text.length()) : out;
            out.append(text, pos, e.start()).append(e.replacement());
            pos = e.end();
            i = Math.max(e.end(), sepEnd);
        }
        return out == null ? text : out.append(text, pos, text.length()).toString();
    }

    /** The end of a separator starting at {@code i}, or -1. */
    private static int separatorEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '=') {
            return i + 1 < text.length() && text.charAt(i + 1) == '>' ? i + 2 : i + 1;
        }
        if (c == ':' || c == '：' || c == '＝') {
            return i + 1;
        }
        if (c == '%' && i + 2 < text.length() && text.charAt(i + 1) == '3' && "AaDd".indexOf(text.charAt(i + 2)) >= 0) {
            return i + 3;
        }
        return -1;
    }

    /** The name that ends right before the separator at {@code sep} (closing quote and spaces allowed), or null. */
    private static String nameBefore(String text, int sep) {
        int end = sep;
        int spaces = 0;
        while (end > 0 && spaces < 8 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t' || text.charAt(end - 1) == '　')) {
            end--;
            spaces++;
        }
        if (end >= 3 && text.regionMatches(true, end - 3, "%22", 0, 3)) {
            end -= 3;
        } else if (end > 0 && "\"'`".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
            for (int k = 0; k < 3 && end > 0 && text.charAt(end - 1) == '\\'; k++) {
                end--;
            }
        }
        for (String label : CHINESE) {
            if (end >= label.length() && text.startsWith(label, end - label.length())) {
                return label;
            }
        }
        int start = end;
        while (start > 0 && end - start < 81 && nameChar(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || start > 0 && (nameChar(text.charAt(start - 1)) || text.charAt(start - 1) == '\\'
                || text.charAt(start - 1) == '%' || text.charAt(start - 1) == '$' || text.charAt(start - 1) == '@')) {
            return null;
        }
        char first = text.charAt(start);
        return Character.isDigit(first) || first == '.' || first == '-' ? null : text.substring(start, end);
    }

    /** Past spaces after the separator, and one line break when the value was wrapped onto the next line. */
    private static int valueStart(String text, int from) {
        int i = from;
        for (int k = 0; k < 8 && i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '　'); k++) {
            i++;
        }
        int j = i;
        if (j < text.length() && text.charAt(j) == '\r') {
            j++;
        }
        if (j < text.length() && text.charAt(j) == '\n') {
            j++;
            for (int k = 0; k < 16 && j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t'); k++) {
                j++;
            }
            return j;
        }
        return i;
    }

    private static boolean nameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '$' || c == '@');
    }
}
