package dev.tokendoctor.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link CozeSandbox} listens and how long what it issues lives.
 *
 * @param host                  address to bind, {@code 127.0.0.1} by default
 * @param port                  port to bind; 0 picks a free one
 * @param apiHost               the host a JWT's {@code aud} must name, e.g. {@code api.coze.cn};
 *                              {@code null} (the default) means the sandbox's own API host,
 *                              {@code 127.0.0.1:PORT}, as an SDK pointed at it derives it
 * @param clock                 decides every expiry and the {@code Date} header
 * @param accessTokenLifetime   user access tokens (Coze: 15 min; demo default 2 min)
 * @param refreshTokenLifetime  refresh tokens (30 days)
 * @param codeLifetime          authorization codes (5 min)
 * @param deviceCodeLifetime    device codes, reported as the device response's {@code expires_in}
 * @param deviceInterval        the minimum polling interval a device client is told
 * @param refreshRestartsWindow whether a rotated refresh token gets a fresh 30-day window
 *                              (UNVERIFIED against Coze, hence configurable)
 * @param jwtLeeway            how far in the future a JWT's {@code iat} may lie
 */
public record SandboxConfig(String host, int port, String apiHost, Clock clock,
                            Duration accessTokenLifetime, Duration refreshTokenLifetime,
                            Duration codeLifetime, Duration deviceCodeLifetime,
                            Duration deviceInterval, boolean refreshRestartsWindow,
                            Duration jwtLeeway) {

    /** Demo defaults: a random port on 127.0.0.1, {@code aud} = own host, short-lived access tokens. */
    public static SandboxConfig defaults() {
        return new SandboxConfig("127.0.0.1", 0, null, Clock.systemUTC(),
                Duration.ofMinutes(2), Duration.ofDays(30), Duration.ofMinutes(5),
                Duration.ofSeconds(300), Duration.ofSeconds(5), true, Duration.ofSeconds(30));
    }

    public SandboxConfig {
        Objects.requireNonNull(host, "host");
        if (apiHost != null && apiHost.isBlank()) {
            apiHost = null;
        }
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        requirePositive(accessTokenLifetime, "accessTokenLifetime");
        requirePositive(refreshTokenLifetime, "refreshTokenLifetime");
        requirePositive(codeLifetime, "codeLifetime");
        requirePositive(deviceCodeLifetime, "deviceCodeLifetime");
        requirePositive(deviceInterval, "deviceInterval");
        Objects.requireNonNull(jwtLeeway, "jwtLeeway");
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    public SandboxConfig withPort(int newPort) {
        return new SandboxConfig(host, newPort, apiHost, clock, accessTokenLifetime,
                refreshTokenLifetime, codeLifetime, deviceCodeLifetime, deviceInterval,
                refreshRestartsWindow, jwtLeeway);
    }

    public SandboxConfig withClock(Clock newClock) {
        return new SandboxConfig(host, port, apiHost, newClock, accessTokenLifetime,
                refreshTokenLifetime, codeLifetime, deviceCodeLifetime, deviceInterval,
                refreshRestartsWindow, jwtLeeway);
    }

    public SandboxConfig withApiHost(String newApiHost) {
        return new SandboxConfig(host, port, newApiHost, clock, accessTokenLifetime,
                refreshTokenLifetime, codeLifetime, deviceCodeLifetime, deviceInterval,
                refreshRestartsWindow, jwtLeeway);
    }

    public SandboxConfig withAccessTokenLifetime(Duration lifetime) {
        return new SandboxConfig(host, port, apiHost, clock, lifetime,
                refreshTokenLifetime, codeLifetime, deviceCodeLifetime, deviceInterval,
                refreshRestartsWindow, jwtLeeway);
    }

    public SandboxConfig withRefreshTokenLifetime(Duration lifetime) {
        return new SandboxConfig(host, port, apiHost, clock, accessTokenLifetime,
                lifetime, codeLifetime, deviceCodeLifetime, deviceInterval,
                refreshRestartsWindow, jwtLeeway);
    }

    public SandboxConfig withCodeLifetime(Duration lifetime) {
        return new SandboxConfig(host, port, apiHost, clock, accessTokenLifetime,
                refreshTokenLifetime, lifetime, deviceCodeLifetime, deviceInterval,
                refreshRestartsWindow, jwtLeeway);
    }

    public SandboxConfig withDeviceCode(Duration lifetime, Duration interval) {
        return new SandboxConfig(host, port, apiHost, clock, accessTokenLifetime,
                refreshTokenLifetime, codeLifetime, lifetime, interval,
                refreshRestartsWindow, jwtLeeway);
    }

    public SandboxConfig withRefreshRestartsWindow(boolean restarts) {
        return new SandboxConfig(host, port, apiHost, clock, accessTokenLifetime,
                refreshTokenLifetime, codeLifetime, deviceCodeLifetime, deviceInterval,
                restarts, jwtLeeway);
    }
}
