package dev.tokendoctor.oauth.client;

import java.net.ProxySelector;
import java.time.Duration;
import java.util.Objects;

/**
 * Network settings of the OAuth client. TLS certificate and host name verification are always
 * on and cannot be configured away.
 *
 * @param connectTimeout  time allowed to open a connection (default 5 s)
 * @param responseTimeout time allowed between bytes of the answer (default 15 s)
 * @param proxySelector   chooses the proxy per URL (default: Java system properties, then
 *                        {@code HTTPS_PROXY}/{@code HTTP_PROXY}/{@code NO_PROXY})
 * @param userAgent       the {@code User-Agent} header
 */
public record OAuthClientConfig(Duration connectTimeout, Duration responseTimeout,
                                ProxySelector proxySelector, String userAgent) {

    /** Default connect timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Default response timeout. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(15);

    public OAuthClientConfig {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(responseTimeout, "responseTimeout");
        Objects.requireNonNull(proxySelector, "proxySelector");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /** 5 s / 15 s, proxies from the system properties and the environment. */
    public static OAuthClientConfig defaults() {
        return new OAuthClientConfig(DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT,
                EnvProxySelector.fromEnvironment(), "CozeTokenDoctor/0.1");
    }

    /** The same settings with another connect timeout. */
    public OAuthClientConfig withConnectTimeout(Duration value) {
        return new OAuthClientConfig(value, responseTimeout, proxySelector, userAgent);
    }

    /** The same settings with another response timeout. */
    public OAuthClientConfig withResponseTimeout(Duration value) {
        return new OAuthClientConfig(connectTimeout, value, proxySelector, userAgent);
    }

    /** The same settings with another proxy selector. */
    public OAuthClientConfig withProxySelector(ProxySelector value) {
        return new OAuthClientConfig(connectTimeout, responseTimeout, value, userAgent);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
