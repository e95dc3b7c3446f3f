package dev.tokendoctor.oauth.signin;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the embedded browser may go during a sign-in. The redirect is caught only when a location
 * is exactly the configured redirect URI (scheme, host, port and path; the query is the answer),
 * never by prefix: {@code http://localhost:8082/cb.evil} or {@code /cbx} are not it. The page may
 * move within the provider's site (the authorize page's domain); anything else — a link to
 * another site, a pop-up — belongs in the system browser, where the user sees the address bar.
 */
public final class SignInNavigation {

    private SignInNavigation() {
    }

    /** Whether {@code location} is the redirect URI itself (any query), so the code can be taken from it. */
    public static boolean isRedirect(String location, String redirectUri) {
        URI at = parse(location);
        URI redirect = parse(redirectUri);
        return at != null && redirect != null && at.getRawUserInfo() == null
                && equalsIgnoreCase(at.getScheme(), redirect.getScheme()) && equalsIgnoreCase(at.getHost(), redirect.getHost())
                && port(at) == port(redirect) && Objects.equals(path(at), path(redirect));
    }

    /** Whether the embedded browser may show {@code location} while signing in on {@code authorizePage}. */
    public static boolean staysInside(String location, String authorizePage) {
        return staysInside(location, parse(authorizePage));
    }

    /** A location worth opening in the system browser: web addresses only (never {@code file:} or scripts). */
    public static Optional<URI> forSystemBrowser(String location) {
        URI uri = parse(location);
        return uri != null && uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                ? Optional.of(uri) : Optional.empty();
    }

    /** Whether the embedded browser may show {@code location} while signing in on {@code authorizePage}. */
    public static boolean staysInside(String location, URI authorizePage) {
        if (location == null || location.isEmpty() || location.equals("about:blank")) {
            return true;
        }
        URI at = parse(location);
        if (at == null || at.getHost() == null || authorizePage == null || authorizePage.getHost() == null) {
            return false;
        }
        boolean secureEnough = "https".equalsIgnoreCase(at.getScheme())
                || "http".equalsIgnoreCase(at.getScheme()) && "http".equalsIgnoreCase(authorizePage.getScheme());
        return secureEnough && site(at.getHost()).equals(site(authorizePage.getHost()));
    }

    /** The registrable part of a host: {@code www.coze.cn} → {@code coze.cn}; an address stays whole. */
    static String site(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") || h.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return h;
        }
        String[] labels = h.split("\\.");
        return labels.length <= 2 ? h : labels[labels.length - 2] + "." + labels[labels.length - 1];
    }

    private static URI parse(String text) {
        try {
            return text == null ? null : new URI(text);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String path(URI uri) {
        String p = uri.getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    private static boolean equalsIgnoreCase(String a, String b) {
        return a != null && a.equalsIgnoreCase(b);
    }
}
