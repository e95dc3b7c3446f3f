package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.token.Fingerprint;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces every secret-looking value in a text by its fingerprint. */
final class Redactor {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)");
    private static final Pattern PREFIXED = Pattern.compile("\\b(?:czu|czs|pat|code)_[A-Za-z0-9_\\-]{6,}");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)(\\b(?:Bearer|Basic)\\s+)([^\\s\"',;}]+)");
    /**
     * key = value, key: "value", key=value& in URLs; {@code code} only when its value is not a number.
     * The key's prefix is bounded: an unbounded one backtracks quadratically over a long word.
     */
    private static final Pattern KEYED = Pattern.compile(
            "(?i)(\"?\\b(?:[A-Za-z0-9_.-]{0,40}?(?:token|secret|password|passwd|private_?key|api_?key|verifier|device_code)"
                    + "|code)\\b\"?\\s*[:=]\\s*[\"']?)([^\\s\"'&,;}<>]+)");

    private Redactor() {
    }

    static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String out = replace(PEM, text, 0);
        out = replace(JWT, out, 0);
        out = replace(PREFIXED, out, 0);
        out = replace(BEARER, out, 2);
        return replace(KEYED, out, 2);
    }

    private static String replace(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(group);
            String replacement = keep(value) ? m.group() : m.group().substring(0, m.start(group) - m.start())
                    + Fingerprint.text(value);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Business codes, booleans, already-redacted values and field names are not secrets. */
    private static boolean keep(String value) {
        return value.matches("-?\\d{1,12}") || value.contains("…(") || value.equals("∅")
                || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("null")
                || value.equalsIgnoreCase("undefined") || value.length() < 4 || value.matches("[a-z][a-z_]{0,40}") || value.matches("(?i)[a-z_]+_(?:token|type)");
    }
}
