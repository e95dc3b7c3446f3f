package dev.tokendoctor.core.redact;

import dev.tokendoctor.core.token.Fingerprint;
import java.util.regex.Pattern;

/** Recognises text the redactor already wrote, so redacting twice changes nothing. */
final class Fingerprints {

    /** {@code czu_…(68)#3fa9c1d2}, {@code ∅}, {@code [PEM …(1700)#…]}. */
    static final Pattern SHAPE = Pattern.compile("\\[PEM [A-Za-z0-9_]{0,5}…\\(\\d{1,9}\\)#[0-9a-f]{8}]|[A-Za-z0-9_]{0,5}…\\(\\d{1,9}\\)#[0-9a-f]{8}|∅");

    private static final java.util.Map<String, String> RECENT = new java.util.concurrent.ConcurrentHashMap<>();

    private Fingerprints() {
    }

    /**
     * The fingerprint as the redactor writes it: {@link Fingerprint#text}, without the two-character
     * prefix when that prefix is not plain letters or digits (it could look like the start of
     * another secret, or hide the fingerprint from a second pass).
     */
    static String shown(String secret) {
        String known = RECENT.get(secret);
        if (known != null) {
            return known;
        }
        if (RECENT.size() > 512) {
            RECENT.clear(); // a log repeats the same few secrets on every line; a bound keeps this a cache
        }
        String shown = fresh(secret);
        RECENT.put(secret, shown);
        return shown;
    }

    private static String fresh(String secret) {
        Fingerprint fp = Fingerprint.of(secret);
        return fp.prefix().chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'))
                ? fp.toString() : new Fingerprint("", fp.length(), fp.hash()).toString();
    }

    static boolean isFingerprint(String value) {
        return SHAPE.matcher(value).matches();
    }

    /** The length of the fingerprint starting at {@code from}, or -1. */
    static int at(CharSequence text, int from) {
        if (from < 0 || from >= text.length()) {
            return -1;
        }
        var m = SHAPE.matcher(text).region(from, Math.min(text.length(), from + 48));
        return m.lookingAt() ? m.end() - from : -1;
    }
}
