package dev.tokendoctor.sandbox;

import java.nio.file.Path;
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
 * @param accessTokenLifetime   user access tokens (Coze's 15 min by default; {@link #SHORT_DEMO_ACCESS_LIFETIME} to watch expiry)
 * @param refreshTokenLifetime  refresh tokens (30 days)
 * @param codeLifetime          authorization codes (5 min)
 * @param deviceCodeLifetime    device codes, reported as the device response's {@code expires_in}
 * @param deviceInterval        the minimum polling interval a device client is told
 * @param refreshRestartsWindow whether a rotated refresh token gets a fresh 30-day window
 *                              (UNVERIFIED against Coze, hence configurable)
 * @param jwtLeeway            how far in the future a JWT's {@code iat} may lie
 * @param grantsFile            where issued access and refresh tokens are kept (as hashes) so they
 *                              outlive a restart, as Coze's do; {@code null} keeps them in memory only
 */
public record SandboxConfig(String host, int port, String apiHost, Clock clock,
                            Duration accessTokenLifetime, Duration refreshTokenLifetime,
                            Duration codeLifetime, Duration deviceCodeLifetime,
                            Duration deviceInterval, boolean refreshRestartsWindow,
                            Duration jwtLeeway, Path grantsFile) {

    /** Coze's user access tokens live 15 minutes; the sandbox issues the same by default. */
    public static final Duration COZE_ACCESS_LIFETIME = Duration.ofMinutes(15);
    /** The short lifetime for watching a token expire in a demo (an option, never the default). */
    public static final Duration SHORT_DEMO_ACCESS_LIFETIME = Duration.ofMinutes(2);

    /** Defaults: a random port on 127.0.0.1, {@code aud} = own host, Coze's lifetimes, grants in memory. */
    public static SandboxConfig defaults() {
        return new SandboxConfig("127.0.0.1", 0, null, Clock.systemUTC(),
                COZE_ACCESS_LIFETIME, Duration.ofDays(30), Duration.ofMinutes(5),
                Duration.ofSeconds(300), Duration.ofSeconds(5), true, Duration.ofSeconds(30), null);
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
                refreshRestartsWindow, jwtLeeway, grantsFile);
    }

    public SandboxConfig withClock(Clock newClock) {
        return new SandboxConfig(host, port, apiHost, newClock, accessTokenLifetime,
                refreshTokenLifetime, codeLifetime, deviceCodeLifetime, deviceInterval,
                refreshRestartsWindow, jwtLeeway, grantsFile);
    }

    public SandboxConfig withApiHost(String newApiHost) {
        return new SandboxConfig(host, port, newApiHost, clock, accessTokenLifetime,
                refreshTokenLifetime, codeLifetime, deviceCodeLifetime, deviceInterval,
                refreshRestartsWindow, jwtLeeway, grantsFile);
    }

    public SandboxConfig withAccessTokenLifetime(Duration lifetime) {
        return new SandboxConfig(host, port, apiHost, clock, lifetime,
                refreshTokenLifetime, codeLifetime, deviceCodeLifetime, deviceInterval,
                refreshRestartsWindow, jwtLeeway, grantsFile);
    }

    public SandboxConfig withRefreshTokenLifetime(Duration lifetime) {
        return new SandboxConfig(host, port, apiHost, clock, accessTokenLifetime,
                lifetime, codeLifetime, deviceCodeLifetime, deviceInterval,
                refreshRestartsWindow, jwtLeeway, grantsFile);
    }

    public SandboxConfig withCodeLifetime(Duration lifetime) {
        return new SandboxConfig(host, port, apiHost, clock, accessTokenLifetime,
                refreshTokenLifetime, lifetime, deviceCodeLifetime, deviceInterval,
                refreshRestartsWindow, jwtLeeway, grantsFile);
    }

    public SandboxConfig withDeviceCode(Duration lifetime, Duration interval) {
        return new SandboxConfig(host, port, apiHost, clock, accessTokenLifetime,
                refreshTokenLifetime, codeLifetime, lifetime, interval,
                refreshRestartsWindow, jwtLeeway, grantsFile);
    }

    public SandboxConfig withRefreshRestartsWindow(boolean restarts) {
        return new SandboxConfig(host, port, apiHost, clock, accessTokenLifetime,
                refreshTokenLifetime, codeLifetime, deviceCodeLifetime, deviceInterval,
                restarts, jwtLeeway, grantsFile);
    }

    /** Keeps issued tokens in {@code file} across restarts (the app uses its data folder). */
    public SandboxConfig withGrantsFile(Path file) {
        return new SandboxConfig(host, port, apiHost, clock, accessTokenLifetime,
                refreshTokenLifetime, codeLifetime, deviceCodeLifetime, deviceInterval,
                refreshRestartsWindow, jwtLeeway, file);
    }
}
