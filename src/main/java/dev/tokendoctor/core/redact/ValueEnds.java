package dev.tokendoctor.core.redact;

/**
 * Where a value after {@code name=} or {@code name: } ends, scanned by hand: a regular expression
 * with alternation inside a repetition recurses once per character and overflows the stack on a
 * long value (a private key in a JSON string). Quoted values end at their quote (JSON escapes,
 * double-encoded {@code \"…\"}, Python's {@code '…'}, {@code %22…%22}); bare values at a delimiter,
 * and continue on the next line when a long secret was wrapped there.
 */
final class ValueEnds {

    /** A quoted value is looked for this far; past it (or without a closing quote) the line ends it. */
    private static final int MAX_QUOTED = 1 << 24;
    private static final String BARE_STOP = "\"'`&,;<>)]}\\|，。；、）」』】〕";

    private ValueEnds() {
    }

    /** The value starting at {@code from}: {@code [start, end)} of its content, or null when there is none. */
    static int[] span(String text, int from) {
        int n = text.length();
        if (from >= n) {
            return null;
        }
        int slashes = 0;
        while (from + slashes < n && slashes < 4 && text.charAt(from + slashes) == '\\') {
            slashes++;
        }
        if (from + slashes < n && "\"'`".indexOf(text.charAt(from + slashes)) >= 0) {
            String opener = text.substring(from, from + slashes + 1);
            int start = from + opener.length();
            return new int[] {start, quotedEnd(text, start, opener)};
        }
        if (text.regionMatches(true, from, "%22", 0, 3)) {
            int close = indexOfIgnoreCase(text, "%22", from + 3);
            return new int[] {from + 3, close < 0 ? bareEnd(text, from + 3) : close};
        }
        int end = bareEnd(text, from);
        return end == from ? null : new int[] {from, wrapped(text, from, end)};
    }

    private static int quotedEnd(String text, int start, String opener) {
        int limit = (int) Math.min(text.length(), (long) start + MAX_QUOTED);
        if (opener.length() == 1) {
            char quote = opener.charAt(0);
            for (int i = start; i < limit; i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    return i;
                }
            }
        } else {
            int close = text.indexOf(opener, start);
            if (close >= 0 && close < limit) {
                return close;
            }
        }
        return lineEnd(text, start);
    }

    /** The end of an unquoted value: whitespace, a delimiter, or the end of a fingerprint-free run. */
    static int bareEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || BARE_STOP.indexOf(c) >= 0
                    || c == '#' && !fingerprintHash(text, i)) {
                break;
            }
            i++;
        }
        return i;
    }

    /** A secret wrapped onto following lines: each next line that is one long token-like run joins it. */
    static int wrapped(String text, int start, int end) {
        if (end - start < 16) {
            return end;
        }
        int at = end;
        while (true) {
            int i = at;
            if (i < text.length() && text.charAt(i) == '\r') {
                i++;
            }
            if (i >= text.length() || text.charAt(i) != '\n') {
                return at;
            }
            i++;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            int runEnd = i;
            boolean mixed = false;
            while (runEnd < text.length() && tokenChar(text.charAt(runEnd))) {
                mixed |= Character.isDigit(text.charAt(runEnd)) || Character.isUpperCase(text.charAt(runEnd));
                runEnd++;
            }
            boolean wholeLine = runEnd == text.length() || text.charAt(runEnd) == '\n' || text.charAt(runEnd) == '\r'
                    || "\"',;}".indexOf(text.charAt(runEnd)) >= 0;
            if (runEnd - i < 8 || !mixed || !wholeLine) {
                return at;
            }
            at = runEnd;
        }
    }

    static boolean tokenChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "_-+/=.~".indexOf(c) >= 0);
    }

    private static boolean fingerprintHash(String text, int hash) {
        int open = text.lastIndexOf("…(", hash);
        return open >= 0 && hash - open < 14 && text.charAt(hash - 1) == ')';
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        int end = nl < 0 ? text.length() : nl;
        return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = from; i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
