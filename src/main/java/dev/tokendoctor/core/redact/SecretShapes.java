package dev.tokendoctor.core.redact;

import dev.tokendoctor.core.redact.Splice.Edit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one pattern table: what a secret looks like in free text, and the passes that replace each
 * with its fingerprint. Every pattern is linear (possessive, bounded, no alternation inside an
 * unbounded repetition); values are measured by {@link ValueEnds}, never by backtracking.
 */
final class SecretShapes {

    private static final Pattern PEM_BEGIN = Pattern.compile("-----BEGIN [A-Z0-9 ]{1,40}+-----");
    private static final Pattern JWT = Pattern.compile(
            "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}+\\.[A-Za-z0-9_-]{4,}+\\.[A-Za-z0-9_-]*+");
    /** Coze's tokens and codes; right after Chinese text too (no {@code \b}, which counts 令牌 as a word). */
    private static final Pattern PREFIXED = Pattern.compile("(?<![A-Za-z0-9])(?:czu|czs|pat|sat|code)_"
            + "(?!verifier|challenge)(?=[a-z_-]{0,200}+[0-9A-Z])[A-Za-z0-9_-]{6,}+");
    private static final Pattern USER_INFO = Pattern.compile(
            "(?i)(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,15}+://([^/@\\s?#\"'<>]{1,256}+)@");
    private static final Pattern HEADER = Pattern.compile(
            "(?<![A-Za-z0-9-])([\"'])?([A-Za-z][A-Za-z0-9]{0,40}+(?:-[A-Za-z0-9]{1,40}+){0,6}+)[ \\t]*+:[ \\t]*+");
    private static final Pattern SCHEME = Pattern.compile("(?i)(?<![A-Za-z0-9])(bearer|basic|digest)[ \\t]++");
    private static final Pattern PREFIX_HINT = Pattern.compile("czu_|czs_|pat_|sat_|code_");
    private static final Pattern SCHEME_HINT = Pattern.compile("(?i)bearer|basic|digest");
    private static final Pattern SCHEME_WORD = Pattern.compile("[A-Za-z]{2,20}+[ \\t]++");

    private SecretShapes() {
    }

    /** The shapes that need no name: PEM blocks, JWTs, Coze tokens, user and password in URLs. */
    static String shapes(String text) {
        // each pattern runs only where its literal part occurs: a megabyte of log costs one scan, not six
        String out = !text.contains("-----BEGIN ") ? text : Splice.apply(PEM_BEGIN, text, m -> {
            int end = pemEnd(text, m.end());
            return new Edit(m.start(), end, "[PEM " + Fingerprints.shown(text.substring(m.start(), end)) + "]");
        });
        out = out.contains("eyJ") ? whole(JWT, out) : out;
        out = out.indexOf('_') >= 0 && PREFIX_HINT.matcher(out).find() ? whole(PREFIXED, out) : out;
        String urls = out;
        return !urls.contains("://") || urls.indexOf('@') < 0 ? urls : Splice.apply(USER_INFO, urls,
                m -> Fingerprints.isFingerprint(m.group(1)) ? null : new Edit(m.start(1), m.end(1), Fingerprints.shown(m.group(1))));
    }

    /** Values under a secret name: credential headers, {@code name=value} in every notation, auth schemes. */
    static String named(String text) {
        String out = text.indexOf(':') < 0 ? text : Splice.apply(HEADER, text, m -> header(text, m));
        String keyed = out;
        out = KeyedValues.apply(keyed, (from, name) -> keyed(keyed, from, name));
        String schemes = out;
        return !SCHEME_HINT.matcher(schemes).find() ? schemes
                : Splice.apply(SCHEME, schemes, m -> assignmentAt(schemes, m.end()) ? null : value(schemes, m.end(), m.group(1)));
    }

    /** The raw values {@link #named} would fingerprint. */
    static List<String> namedValues(String text) {
        List<String> values = new ArrayList<>();
        KeyedValues.apply(text, (from, name) -> {
            Edit e = keyed(text, from, name);
            if (e != null) {
                values.add(text.substring(e.start(), e.end()));
            }
            return e;
        });
        return values;
    }

    /**
     * A credential header's value: a cookie to the line's end (or the quote it opened with), any other
     * credential one word long after its scheme word ({@code Bearer}, {@code Basic}), which stays.
     */
    private static Edit header(String text, Matcher m) {
        if (!SecretNames.isSecretHeader(m.group(2))) {
            return null;
        }
        int start = m.end();
        // the quote the header opened with, whether or not the match took it in (so a second pass reads the same)
        char before = m.start(2) > 0 ? text.charAt(m.start(2) - 1) : ' ';
        String quote = before == '"' || before == '\'' ? String.valueOf(before) : null;
        int lineEnd = quote == null ? lineEnd(text, start) : Math.min(lineEnd(text, start), quote(text, start, quote));
        int end;
        if (m.group(2).toLowerCase(Locale.ROOT).contains("cookie")) {
            end = start + text.substring(start, lineEnd).stripTrailing().length();
        } else {
            Matcher scheme = SCHEME_WORD.matcher(text).region(start, lineEnd);
            if (scheme.lookingAt() && scheme.end() < lineEnd) {
                start = scheme.end();
            }
            end = Math.min(lineEnd, ValueEnds.bareEnd(text, start));
        }
        if (end <= start || Fingerprints.at(text, start) >= end - start || text.startsWith("[PEM ", start)) {
            return null;
        }
        int valueEnd = ValueEnds.wrapped(text, start, end);
        return new Edit(start, valueEnd, Fingerprints.shown(joined(text, start, valueEnd).strip()));
    }

    /** "Bearer grant_type=…" is prose about a scheme, not a credential (base64 ends in {@code =}, never has one inside). */
    private static boolean assignmentAt(String text, int from) {
        int end = ValueEnds.bareEnd(text, from);
        int eq = text.indexOf('=', from);
        return eq >= 0 && eq < end - 1 && text.charAt(eq + 1) != '=';
    }

    /** A value opening an object or array is structure: its fields are looked at one by one. */
    private static Edit keyed(String text, int from, String name) {
        boolean structure = from < text.length() && (text.charAt(from) == '{' || text.charAt(from) == '[');
        return !structure && SecretNames.isSecretName(name) ? value(text, from, name) : null;
    }

    /** The value at {@code from} under {@code name}, fingerprinted unless harmless or already a fingerprint. */
    private static Edit value(String text, int from, String name) {
        if (Fingerprints.at(text, from) >= 0 || text.startsWith("[PEM ", from)) {
            return null;
        }
        int[] span = ValueEnds.span(text, from);
        if (span == null || span[1] <= span[0] || Fingerprints.at(text, span[0]) >= 0) {
            return null;
        }
        String value = joined(text, span[0], span[1]);
        if (SecretNames.isHarmless(name, value) || value.startsWith("http://") || value.startsWith("https://")
                || value.startsWith("[PEM ") || Fingerprints.at(value, 0) == value.length()) {
            return null;
        }
        return new Edit(span[0], span[1], Fingerprints.shown(value));
    }

    private static String whole(Pattern pattern, String text) {
        return Splice.apply(pattern, text, m -> {
            int end = ValueEnds.wrapped(text, m.start(), m.end());
            return new Edit(m.start(), end, Fingerprints.shown(joined(text, m.start(), end)));
        });
    }

    /** A secret wrapped over lines, without the line breaks and indentation. */
    private static String joined(String text, int start, int end) {
        String raw = text.substring(start, end);
        return raw.indexOf('\n') < 0 ? raw : raw.replaceAll("\\r?\\n[ \\t]*", "");
    }

    /** To the END line, or, for a cut block, over the base64 body (and its {@code \n} escapes). */
    private static int pemEnd(String text, int from) {
        int end = text.indexOf("-----END ", from);
        if (end >= 0) {
            int close = text.indexOf("-----", end + 9);
            if (close >= 0 && close - end < 60) {
                return close + 5;
            }
        }
        int i = from;
        while (i < text.length() && (ValueEnds.tokenChar(text.charAt(i)) || Character.isWhitespace(text.charAt(i))
                || text.charAt(i) == '\\')) {
            i++;
        }
        return i;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static int quote(String text, int from, String quote) {
        int q = text.indexOf(quote, from);
        return q < 0 ? text.length() : q;
    }
}
