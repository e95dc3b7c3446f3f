package dev.tokendoctor.oauth;

import dev.tokendoctor.core.token.Fingerprint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every secret in a text with its {@link Fingerprint}. Three layers, in this order:
 * values under secret names (JSON keys, query/form parameters), secret shapes (PEM blocks,
 * JWTs, {@code czu_/czs_/pat_} tokens), then literal secrets the client told it about. Redacting
 * an already redacted text changes nothing. Thread-safe.
 */
public final class Redactor {

    /** Secrets remembered at most; the oldest are forgotten first. */
    static final int MAX_KNOWN = 2000;
    private static final int MIN_SECRET_LENGTH = 8;

    private static final String NAMES = "access_token|refresh_token|code|code_verifier|client_secret"
            + "|device_code|assertion|private_key|id_token|token|jwt|password|secret";
    private static final Pattern JSON_FIELD = Pattern.compile(
            "(\"(?:" + NAMES + ")\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMETER = Pattern.compile(
            "((?:^|[?&])(?:" + NAMES + ")=)([^&#\\s\"]{0,5}…\\(\\d+\\)#[0-9a-f]{8}|[^&#\\s\"]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----[\\s\\S]*?(?:-----END \\1-----|$)");
    private static final Pattern JWT = Pattern.compile(
            "eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    private static final Pattern PREFIXED_TOKEN = Pattern.compile("\\b(?:czu|czs|pat)_[A-Za-z0-9_\\-]{8,}");
    private static final Pattern FINGERPRINT = Pattern.compile("^[^…]{0,5}…\\(\\d+\\)#[0-9a-f]{8}$|^∅$");
    private static final Set<String> SECRET_HEADERS = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");

    private final LinkedHashSet<String> known = new LinkedHashSet<>();
    private volatile List<String> knownLongestFirst = List.of();

    /** Remembers literal secrets so they are caught wherever they appear (echoed in an error). */
    public void remember(Collection<String> secrets) {
        synchronized (known) {
            boolean changed = false;
            for (String secret : secrets) {
                if (secret != null && secret.length() >= MIN_SECRET_LENGTH && !isFingerprint(secret)) {
                    known.remove(secret);
                    known.add(secret);
                    changed = true;
                }
            }
            while (known.size() > MAX_KNOWN) {
                known.remove(known.iterator().next());
            }
            if (changed) {
                List<String> sorted = new ArrayList<>(known);
                sorted.sort(Comparator.comparingInt(String::length).reversed());
                knownLongestFirst = List.copyOf(sorted);
            }
        }
    }

    /** Remembers one literal secret. */
    public void remember(String secret) {
        remember(java.util.Collections.singletonList(secret));
    }

    /** A text (URL, body, message) with every secret fingerprinted; {@code null} stays null. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = replaceGroup(JSON_FIELD, text, 2);
        out = replaceGroup(PARAMETER, out, 2);
        out = replaceWhole(PEM, out, "[PEM ", "]");
        out = replaceWhole(JWT, out, "", "");
        out = replaceWhole(PREFIXED_TOKEN, out, "", "");
        for (String secret : knownLongestFirst) {
            if (out.contains(secret)) {
                out = out.replace(secret, Fingerprint.text(secret));
            }
        }
        return out;
    }

    /** A header value; credentials headers are fingerprinted whole, keeping the auth scheme. */
    public String redactHeader(String name, String value) {
        if (value == null) {
            return null;
        }
        if (SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            int space = value.indexOf(' ');
            boolean scheme = space > 0 && value.substring(0, space).matches("[A-Za-z]+")
                    && !name.toLowerCase(Locale.ROOT).contains("cookie");
            String credential = scheme ? value.substring(space + 1).strip() : value;
            String shown = isFingerprint(credential) ? credential : Fingerprint.text(credential);
            return scheme ? value.substring(0, space) + " " + shown : shown;
        }
        return redact(value);
    }

    /** The values found under secret names (JSON fields, parameters) in a text. */
    static List<String> secretValues(String text) {
        List<String> values = new ArrayList<>();
        if (text == null) {
            return values;
        }
        for (Pattern pattern : List.of(JSON_FIELD, PARAMETER)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                values.add(m.group(2));
            }
        }
        return values;
    }

    static boolean isFingerprint(String value) {
        return FINGERPRINT.matcher(value).matches();
    }

    private static String replaceGroup(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String value = m.group(group);
            String shown = value.isEmpty() || isFingerprint(value) ? value : Fingerprint.text(value);
            m.appendReplacement(out, Matcher.quoteReplacement(
                    text.substring(m.start(), m.start(group)) + shown + text.substring(m.end(group), m.end())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replaceWhole(Pattern pattern, String text, String before, String after) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(before + Fingerprint.text(m.group()) + after));
        }
        m.appendTail(out);
        return out.toString();
    }
}
