package dev.tokendoctor.core.redact;

import java.util.regex.Pattern;

/** Recognises text the redactor already wrote, so redacting twice changes nothing. */
final class Fingerprints {

    /** {@code czu_…(68)#3fa9c1d2}, {@code ∅}, {@code [PEM …(1700)#…]}. */
    static final Pattern SHAPE = Pattern.compile("\\[PEM [^\\]\\s]{0,5}…\\(\\d{1,9}\\)#[0-9a-f]{8}]|[^…\\s]{0,5}…\\(\\d{1,9}\\)#[0-9a-f]{8}|∅");

    private Fingerprints() {
    }

    static boolean isFingerprint(String value) {
        return SHAPE.matcher(value).matches();
    }

    /** The length of the fingerprint starting at {@code from}, or -1. */
    static int at(CharSequence text, int from) {
        var m = SHAPE.matcher(text).region(from, Math.min(text.length(), from + 48));
        return m.lookingAt() ? m.end() - from : -1;
    }
}
