package dev.tokendoctor.report;

import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.oauth.Redactor;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every secret in free text (a pasted console error, reproduction steps) with its
 * fingerprint: the secrets the app knows (its tokens, client secret, private key), PEM blocks,
 * JWTs, {@code czu_/czs_/pat_} tokens, passwords in URLs, {@code Bearer …} credentials and values under secret-looking
 * names ({@code client_secret=…}, {@code "refresh_token": "…"}, {@code code: …}).
 */
public final class TextRedactor {

    private static final Pattern BEARER = Pattern.compile("(?i)(\\b(?:Bearer|Basic)\\s+)([^\\s\"',;}…]+)");
    private static final Pattern USER_INFO = Pattern.compile("//[^/:@\\s]*:([^@/\\s]+)@");
    private static final Pattern CODE_TOKEN = Pattern.compile("\\bcode_[A-Za-z0-9_\\-]{6,}");
    /** {@code name = value}, {@code name: "value"}, {@code "name":"value"}; the name part is bounded (no backtracking blow-up). */
    private static final Pattern KEYED = Pattern.compile(
            "(?i)(\"?\\b[A-Za-z0-9_.-]{0,40}?(?:token|secret|password|passwd|private_?key|api_?key|verifier|device_code|code)"
                    + "\\b\"?\\s*[:=]\\s*[\"']?)([^\\s\"'&,;}<>]+)");
    private static final Pattern FINGERPRINT = Pattern.compile("[^…]{0,5}…\\(\\d+\\)#[0-9a-f]{8}");

    private final Redactor known = new Redactor();

    /** @param secrets literal secrets to catch wherever they appear */
    public TextRedactor(Collection<String> secrets) {
        known.remember(secrets);
    }

    /** The text with every secret replaced by its fingerprint; null becomes empty. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String out = known.redact(text);
        out = replace(USER_INFO, out, 1, false);
        out = replace(BEARER, out, 2, false);
        out = replace(CODE_TOKEN, out, 0, false);
        return replace(KEYED, out, 2, true);
    }

    /** @param lenient whether words that look like names or numbers stay (after a key, most are not secrets) */
    private static String replace(Pattern pattern, String text, int group, boolean lenient) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String value = m.group(group);
            String replacement = fingerprinted(value, text, m.end(group)) || lenient && notSecret(value) ? m.group()
                    : m.group().substring(0, m.start(group) - m.start()) + Fingerprint.text(value);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean fingerprinted(String value, String text, int end) {
        return end < text.length() && text.charAt(end) == '…' || FINGERPRINT.matcher(value).matches()
                || value.startsWith("[PEM") || value.equals("∅");
    }

    /** Numbers (business codes), booleans and lower-case field names are not secrets. */
    private static boolean notSecret(String value) {
        return value.length() < 4 || value.matches("-?\\d{1,12}") || value.matches("(?i)true|false|null|undefined")
                || value.matches("[a-z][a-z_]{0,40}");
    }
}
