package dev.tokendoctor.core.diagnosis;

/**
 * Bounds the work per paste: at most {@link #WINDOW} characters are read (the head and the tail,
 * where error messages and their causes sit), typographic quotes and full-width colons are read as
 * ASCII, and for the word rules over-long lines are broken so no pattern ever scans a megabyte line.
 *
 * @param text  the part that is read
 * @param total the length of the paste
 */
record BoundedText(String text, int total) {

    /** Characters read from a paste. */
    static final int WINDOW = 64 * 1024;
    private static final int TAIL = 16 * 1024;
    /** Longest line the word rules see; longer ones are broken (a minified JSON answer still fits). */
    static final int MAX_LINE = 4 * 1024;

    static BoundedText of(String pasted) {
        String kept = pasted.length() <= WINDOW ? pasted
                : pasted.substring(0, WINDOW - TAIL) + "\n…\n" + pasted.substring(pasted.length() - TAIL);
        return new BoundedText(normalize(kept), pasted.length());
    }

    boolean cut() {
        return total > WINDOW;
    }

    /** How many characters were read. */
    int kept() {
        return Math.min(total, WINDOW);
    }

    /** The text with lines longer than {@link #MAX_LINE} broken; same length, so offsets still hold. */
    String linesForRules(String read) {
        StringBuilder s = null;
        int lineStart = 0;
        for (int i = 0; i < read.length(); i++) {
            char c = read.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (i - lineStart >= MAX_LINE) {
                if (s == null) {
                    s = new StringBuilder(read);
                }
                s.setCharAt(i, '\n');
                lineStart = i + 1;
            }
        }
        return s == null ? read : s.toString();
    }

    /** Typographic and full-width quotes and colons as ASCII (JSON pasted from a chat or a document). */
    static String normalize(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            s.append(switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\uFF02' -> '"';
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
                case '\uFF1A' -> ':';
                default -> c;
            });
        }
        return s.toString();
    }
}
