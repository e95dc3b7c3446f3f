package dev.tokendoctor.oauth.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses a proxy the way a user expects from a desktop tool: the Java system properties
 * ({@code https.proxyHost}, {@code http.nonProxyHosts}, …) first, then the environment variables
 * {@code HTTPS_PROXY}, {@code HTTP_PROXY}, {@code NO_PROXY} (either case). Loopback addresses
 * always go direct, so the local sandbox works behind any proxy. Credentials in a proxy URL are
 * ignored and never logged.
 */
public final class EnvProxySelector extends ProxySelector {

    private final Map<String, String> env;
    private final ProxySelector system;

    /**
     * @param env    the environment variables to read
     * @param system the selector for Java system properties, or {@code null} for none
     */
    public EnvProxySelector(Map<String, String> env, ProxySelector system) {
        this.env = Map.copyOf(env);
        this.system = system;
    }

    /** Reads the real environment and the JVM's default selector. */
    public static EnvProxySelector fromEnvironment() {
        return new EnvProxySelector(System.getenv(), ProxySelector.getDefault());
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (isLoopback(host)) {
            return List.of(Proxy.NO_PROXY);
        }
        if (system != null) {
            List<Proxy> chosen = system.select(uri);
            if (chosen != null && chosen.stream().anyMatch(p -> p.type() != Proxy.Type.DIRECT)) {
                return chosen;
            }
        }
        if (excluded(host)) {
            return List.of(Proxy.NO_PROXY);
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        String spec = https ? variable("HTTPS_PROXY") : variable("HTTP_PROXY");
        if (spec == null && https) {
            spec = variable("HTTP_PROXY");
        }
        Proxy proxy = spec == null ? null : parse(spec);
        return List.of(proxy == null ? Proxy.NO_PROXY : proxy);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // The failure reaches the caller as a typed outcome; nothing to remember here.
    }

    private String variable(String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            value = env.get(name.toLowerCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private boolean excluded(String host) {
        String noProxy = variable("NO_PROXY");
        if (noProxy == null) {
            return false;
        }
        for (String raw : noProxy.split("[,\\s]+")) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*")) {
                return true;
            }
            int colon = entry.lastIndexOf(':');
            if (colon > 0 && entry.indexOf(':') == colon) {
                entry = entry.substring(0, colon);
            }
            String domain = entry.startsWith("*.") ? entry.substring(2)
                    : entry.startsWith(".") ? entry.substring(1) : entry;
            if (host.equals(domain) || host.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    static Proxy parse(String spec) {
        try {
            URI uri = URI.create(spec.contains("://") ? spec : "http://" + spec);
            if (uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort() > 0 ? uri.getPort()
                    : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            if (uri.getScheme().toLowerCase(Locale.ROOT).startsWith("socks")) {
                return null; // the HTTP client speaks to HTTP proxies only
            }
            return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(uri.getHost(), port));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
                || host.equals("::1");
    }
}
