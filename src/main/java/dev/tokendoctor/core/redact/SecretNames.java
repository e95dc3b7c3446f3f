package dev.tokendoctor.core.redact;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one table of what a secret's <em>name</em> looks like (a JSON field, a query parameter, a
 * {@code .env} variable, an HTTP header, a Chinese label) and which values under such a name are
 * harmless. Every layer asks here; none keeps its own list.
 */
public final class SecretNames {

    /** A name holding one of these words anywhere is secret ({@code COZE_APPSECRET}, {@code accessToken}). */
    private static final Pattern ANYWHERE = Pattern.compile("(?i)token|secret|passw|pwd|api[_-]?key|private[_-]?key"
            + "|privkey|credential|cookie|session|signature|assertion|verifier|bearer|authorization|access[_-]?key");
    /** A name whose last part is one of these is secret ({@code DB_PASS}, {@code BASIC_AUTH}, {@code code}). */
    private static final Set<String> LAST_PART = Set.of("pass", "auth", "key", "code", "pat", "sid", "sig", "pin",
            "otp", "jwt", "ticket", "cred", "creds", "apikey", "accesstoken", "appsecret");
    /** Chinese labels of secrets: 令牌 (token), 密钥/秘钥 (key), 密码/口令 (password), 凭证, 授权码, 私钥. */
    static final String CHINESE = "访问令牌|刷新令牌|令牌|密钥|秘钥|私钥|密码|口令|凭证|凭据|授权码|验证码";
    /** Under these names only placeholders are harmless: a password may well be a number or a word. */
    private static final Pattern CHINESE_NAME = Pattern.compile(CHINESE);
    private static final Pattern PASSWORDISH = Pattern.compile("(?i)pass|pwd|pin|otp|secret|key|credential|密|令|凭");
    private static final Pattern QUOTES = Pattern.compile("^[\"'`\\\\]+|[\"'`\\\\]+$");
    private static final Pattern SPLIT = Pattern.compile("[_\\-.\\s]+|(?<=[a-z0-9])(?=[A-Z])");
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "set-cookie", "x-api-key", "api-key");

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,13}(?:\\.\\d{1,6})?");
    private static final Pattern WORDS = Pattern.compile("[a-z]{1,12}(?:[_ -][a-z]{1,14}){0,3}");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "<[^<>]{0,60}>|\\$\\{[^{}]{0,60}}|\\{\\{[^{}]{0,60}}}|\\$[A-Z_][A-Z0-9_]{0,60}|[*xX•.…]{3,}|(?i)your[_-][a-z_-]{0,60}"
                    + "|%[A-Z_]{1,60}%");
    private static final Set<String> VOCABULARY = Set.of("true", "false", "null", "none", "nil", "undefined",
            "bearer", "basic", "s256", "plain", "redacted", "[redacted]", "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "urn:ietf:params:oauth:grant-type:device_code");

    private SecretNames() {
    }

    /** Whether a value under this name is a secret: {@code client_secret}, {@code DB_PASS}, {@code X-Coze-Session}, 令牌. */
    public static boolean isSecretName(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            return false;
        }
        String bare = QUOTES.matcher(name).replaceAll("");
        if (ANYWHERE.matcher(bare).find() || CHINESE_NAME.matcher(bare).find()) {
            return true;
        }
        String[] parts = SPLIT.split(bare);
        return parts.length > 0 && LAST_PART.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT));
    }

    /** Whether an HTTP header carries a credential: its whole value is fingerprinted. */
    public static boolean isSecretHeader(String name) {
        if (name == null) {
            return false;
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return CREDENTIAL_HEADERS.contains(lower) || lower.contains("-") && isSecretName(lower);
    }

    /**
     * Whether a value under a secret name may stay readable: empty, a placeholder or variable reference,
     * a fingerprint, and — unless the name sounds like a password — numbers (business codes, lifetimes)
     * and plain lower-case words ({@code token_type: bearer}, {@code grant_type}, error codes).
     */
    public static boolean isHarmless(String name, String value) {
        if (value == null || value.isBlank() || Fingerprints.isFingerprint(value) || PLACEHOLDER.matcher(value).matches()
                || VOCABULARY.contains(value.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (name != null && PASSWORDISH.matcher(name).find()) {
            return false;
        }
        return NUMBER.matcher(value).matches() || WORDS.matcher(value).matches();
    }
}
