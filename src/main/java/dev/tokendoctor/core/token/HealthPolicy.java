package dev.tokendoctor.core.token;

import java.time.Duration;

/**
 * The thresholds of the verdict.
 *
 * @param expiringSoon    remaining time at or below which a token is EXPIRING_SOON (guide: 10 min)
 * @param refreshLifetime how long a Coze refresh token lives (30 days)
 * @param clockLeeway     how far {@code iat}/{@code nbf} may lie ahead before clock skew is suspected
 */
public record HealthPolicy(Duration expiringSoon, Duration refreshLifetime, Duration clockLeeway) {

    public static final HealthPolicy DEFAULT =
            new HealthPolicy(Duration.ofMinutes(10), Duration.ofDays(30), Duration.ofSeconds(60));

    public HealthPolicy {
        if (expiringSoon.isNegative() || refreshLifetime.isNegative() || clockLeeway.isNegative()) {
            throw new IllegalArgumentException("health thresholds cannot be negative");
        }
    }

    public HealthPolicy withExpiringSoon(Duration threshold) {
        return new HealthPolicy(threshold, refreshLifetime, clockLeeway);
    }
}
