package dev.tokendoctor.core.token;

import dev.tokendoctor.core.i18n.Msg;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A verdict with its evidence.
 *
 * @param state            the verdict
 * @param at               the instant it was evaluated for
 * @param accessRemaining  time left on the access token (negative once expired), null if unknown
 * @param refreshRemaining time left on the refresh token's 30 days, null if unknown or absent
 * @param lifetimeUsed     share of the access token's lifetime used (0..1, beyond 1 once expired), NaN if unknown
 * @param reasons          the verdict in words, most important first
 */
public record TokenHealth(HealthState state, Instant at, Duration accessRemaining, Duration refreshRemaining,
                          double lifetimeUsed, List<Msg> reasons) {

    public TokenHealth {
        reasons = List.copyOf(reasons);
    }

    public Optional<Duration> accessLeft() {
        return Optional.ofNullable(accessRemaining);
    }

    public Optional<Duration> refreshLeft() {
        return Optional.ofNullable(refreshRemaining);
    }

    public OptionalDouble lifetimeShare() {
        return Double.isNaN(lifetimeUsed) ? OptionalDouble.empty() : OptionalDouble.of(lifetimeUsed);
    }
}
