package dev.tokendoctor.oauth.signin;

import dev.tokendoctor.oauth.client.CozeEndpoints;

import dev.tokendoctor.core.token.Fingerprint;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One browser sign-in: creates the {@code state} (and the PKCE pair), builds the authorize URL,
 * and checks the callback the browser comes back with. Coze echoes {@code state} but never checks
 * it: that check is the caller's, and this class is where it happens. Single-use: a callback is
 * accepted once. Thread-safe.
 */
public final class AuthorizationSession {

    /** What the callback came to. Only {@link Code} may be exchanged for tokens. */
    public sealed interface CallbackResult {
    }

    /** The user approved: exchange {@code code} (with {@code codeVerifier} for PKCE, else null). */
    public record Code(String code, String codeVerifier) implements CallbackResult {
        @Override
        public String toString() {
            return "Code[code=" + Fingerprint.text(code) + ", codeVerifier=" + Fingerprint.text(codeVerifier) + "]";
        }
    }

    /** The user pressed "deny" on the consent page ({@code error=access_denied}). */
    public record ConsentDenied(String description) implements CallbackResult {
    }

    /** The authorize page answered another error. */
    public record AuthorizeError(String error, String description) implements CallbackResult {
    }

    /** {@code state} missing or not ours: a forged or cross-session callback. Never exchange it. */
    public record StateMismatch() implements CallbackResult {
    }

    /** The callback did not arrive at the redirect URI this session asked for. */
    public record WrongRedirect(String expected, String actual) implements CallbackResult {
    }

    /** {@code state} matched but there is no {@code code} and no error. */
    public record MissingCode() implements CallbackResult {
    }

    /** This session already accepted a callback: a replay. */
    public record AlreadyUsed() implements CallbackResult {
    }

    private static final int STATE_BYTES = 24;

    private final AuthorizationRequest request;
    private final URI redirect;
    private boolean used;

    private AuthorizationSession(AuthorizationRequest request) {
        this.request = request;
        this.redirect = URI.create(request.redirectUri());
    }

    /** A web backend app's sign-in (client secret at the exchange, no PKCE). */
    public static AuthorizationSession forWebApp(String clientId, String redirectUri, SecureRandom random) {
        return new AuthorizationSession(AuthorizationRequest.of(clientId, redirectUri, newState(random)));
    }

    /** A PKCE app's sign-in, with a fresh S256 pair. */
    public static AuthorizationSession forPkceApp(String clientId, String redirectUri, SecureRandom random) {
        return new AuthorizationSession(AuthorizationRequest.of(clientId, redirectUri, newState(random))
                .withPkce(Pkce.generate(random)));
    }

    /** What goes on the authorize URL. */
    public AuthorizationRequest request() {
        return request;
    }

    public String state() {
        return request.state();
    }

    /** The PKCE pair, if this is a PKCE sign-in. */
    public Optional<Pkce> pkce() {
        return Optional.ofNullable(request.pkce());
    }

    /** The URL to open in the browser. */
    public URI authorizationUrl(CozeEndpoints endpoints) {
        return request.toUri(endpoints);
    }

    /**
     * Checks the URI the browser was redirected to: the redirect target first, then {@code state},
     * then the error or the code.
     */
    public synchronized CallbackResult validate(URI callback) {
        Objects.requireNonNull(callback, "callback");
        if (!sameTarget(callback)) {
            return new WrongRedirect(request.redirectUri(), withoutQuery(callback));
        }
        Map<String, String> params = params(callback.getRawQuery());
        String state = params.get("state");
        if (state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                request.state().getBytes(StandardCharsets.UTF_8))) {
            return new StateMismatch();
        }
        if (used) {
            return new AlreadyUsed();
        }
        String error = params.get("error");
        if (error != null && !error.isEmpty()) {
            used = true;
            String description = params.get("error_description");
            return "access_denied".equals(error) || "access_deny".equals(error)
                    ? new ConsentDenied(description) : new AuthorizeError(error, description);
        }
        String code = params.get("code");
        if (code == null || code.isEmpty()) {
            return new MissingCode();
        }
        used = true;
        return new Code(code, request.pkce() == null ? null : request.pkce().verifier());
    }

    private boolean sameTarget(URI callback) {
        return equalsIgnoreCase(redirect.getScheme(), callback.getScheme())
                && equalsIgnoreCase(redirect.getHost(), callback.getHost())
                && port(redirect) == port(callback)
                && Objects.equals(emptyToSlash(redirect.getRawPath()), emptyToSlash(callback.getRawPath()));
    }

    private static String newState(SecureRandom random) {
        byte[] bytes = new byte[STATE_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean equalsIgnoreCase(String a, String b) {
        return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static String emptyToSlash(String path) {
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static String withoutQuery(URI uri) {
        String text = uri.toString();
        int cut = text.indexOf('?');
        return cut < 0 ? text : text.substring(0, cut);
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            params.putIfAbsent(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
