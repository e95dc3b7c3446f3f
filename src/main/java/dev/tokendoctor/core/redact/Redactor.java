package dev.tokendoctor.core.redact;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one redactor: replaces every secret in a text with its {@link Fingerprint}. First the literal
 * secrets a layer told it about (its tokens, client secret, private key — also JSON-escaped and
 * percent-encoded), then the pattern table: shapes ({@link SecretShapes}: PEM blocks, JWTs,
 * {@code czu_/czs_/pat_} tokens, URL passwords), percent-encoded text, and values under secret names
 * ({@link SecretNames}). Redacting a redacted text changes nothing. Linear in the text's length.
 * Thread-safe.
 */
public final class Redactor {

    /** Secrets remembered at most; the oldest are forgotten first. */
    public static final int MAX_KNOWN = 2000;
    private static final int MIN_SECRET_LENGTH = 8;

    /** Each remembered secret with its escaped forms, oldest first. */
    private final LinkedHashMap<String, Map<String, String>> known = new LinkedHashMap<>();
    private volatile List<Map.Entry<String, String>> knownLongestFirst = List.of();

    /** A redactor knowing no literal secrets yet. */
    public Redactor() {
    }

    /** A redactor knowing these literal secrets. */
    public Redactor(Collection<String> secrets) {
        remember(secrets);
    }

    /** The pattern table alone, for text no layer's secrets can be in; {@code null} becomes empty. */
    public static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String out = SecretShapes.shapes(text);
        out = PercentEncoded.apply(out, decoded -> SecretShapes.named(SecretShapes.shapes(decoded)));
        return SecretShapes.named(out);
    }

    /** Remembers literal secrets so they are caught wherever they appear (echoed in an error). */
    public void remember(Collection<String> secrets) {
        synchronized (known) {
            boolean changed = false;
            for (String secret : secrets) {
                if (secret != null && secret.strip().length() >= MIN_SECRET_LENGTH && !Fingerprints.isFingerprint(secret)) {
                    Map<String, String> forms = known.remove(secret);
                    known.put(secret, forms == null ? variants(secret) : forms);
                    changed |= forms == null;
                }
            }
            while (known.size() > MAX_KNOWN) {
                known.remove(known.keySet().iterator().next());
            }
            if (changed) {
                List<Map.Entry<String, String>> sorted = new ArrayList<>();
                known.values().forEach(forms -> sorted.addAll(forms.entrySet()));
                sorted.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
                knownLongestFirst = List.copyOf(sorted);
            }
        }
    }

    /** Remembers one literal secret. */
    public void remember(String secret) {
        remember(java.util.Collections.singletonList(secret));
    }

    /** A text (URL, body, message, line) with every secret fingerprinted; {@code null} stays null. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Map.Entry<String, String> secret : knownLongestFirst) {
            if (out.contains(secret.getKey())) {
                out = out.replace(secret.getKey(), secret.getValue());
            }
        }
        return scrub(out);
    }

    /** Like {@link #redact}, for text that is shown: {@code null} becomes empty. */
    public String redactText(String text) {
        return text == null ? "" : redact(text);
    }

    /** A header value: credential headers ({@link SecretNames#isSecretHeader}) are fingerprinted whole, keeping the scheme. */
    public String redactHeader(String name, String value) {
        if (value == null) {
            return null;
        }
        if (name != null && SecretNames.isSecretHeader(name)) {
            String redacted = redact(name + ": " + value);
            String shown = redacted.substring(redacted.indexOf(':') + 1).strip();
            return shown.equals(value.strip()) && !Fingerprints.isFingerprint(value.strip()) && !value.isBlank()
                    ? Fingerprints.shown(value) : shown;
        }
        return redact(value);
    }

    /** The values found under secret names (JSON fields, parameters, headers) in a text: literal secrets to remember. */
    public static List<String> secretValues(String text) {
        return text == null ? new ArrayList<>() : SecretShapes.namedValues(text);
    }

    /** A secret with its escaped forms (JSON string, percent-encoding), each mapped to the secret's fingerprint. */
    private static Map<String, String> variants(String secret) {
        Map<String, String> all = new LinkedHashMap<>();
        String shown = Fingerprints.shown(secret);
        String json = secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r");
        String url = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        for (String form : List.of(secret, json, json.replace("/", "\\/"), url, url.replace("+", "%20"))) {
            all.putIfAbsent(form, shown);
        }
        return Map.copyOf(all);
    }
}
