package dev.tokendoctor.core.token;

import dev.tokendoctor.core.i18n.Msg;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a parsed token at an instant. Pure: the same input and instant always give the same
 * verdict, so callers pass {@code clock.instant()} and tests pass fixed instants.
 * A token is expired AT its expiry instant: a token that expires at 12:00:00 does not work at 12:00:00.
 */
public final class HealthEvaluator {

    private final HealthPolicy policy;

    public HealthEvaluator(HealthPolicy policy) {
        this.policy = policy;
    }

    public HealthPolicy policy() {
        return policy;
    }

    /** The verdict for nothing stored. */
    public TokenHealth missing(Instant now) {
        return new TokenHealth(HealthState.MISSING, now, null, null, Double.NaN, List.of(Msg.of("health.missing")));
    }

    /** The verdict for a parse result; a rejected input is MALFORMED with the parser's reason. */
    public TokenHealth evaluate(ParseResult result, Instant now) {
        if (result == null) {
            return missing(now);
        }
        if (result instanceof ParseResult.Rejected rejected) {
            return new TokenHealth(HealthState.MALFORMED, now, null, null, Double.NaN,
                    List.of(Msg.of("health.malformed"), rejected.problem().message()));
        }
        return evaluate(((ParseResult.Parsed) result).record(), now);
    }

    /**
     * The first instant after {@code now} at which {@link #evaluate(ParseResult, Instant)} may give
     * another state: where the token stops being not yet valid, becomes expiring soon, expires, or its
     * refresh token dies. Until then (with the clock moving forward) the state is the one it is at
     * {@code now}; {@link Instant#MAX} when no passing time can change it (no expiry, or unreadable).
     * A refusal from Coze changes a state too, but that is news, not time: callers judge again on it.
     */
    public Instant stateHoldsUntil(ParseResult result, Instant now) {
        if (!(result instanceof ParseResult.Parsed parsed)) {
            return Instant.MAX;
        }
        TokenRecord record = parsed.record();
        Instant until = Instant.MAX;
        Instant notBefore = notBefore(record);
        if (notBefore != null) {
            until = nearer(until, now, () -> notBefore.minus(policy.clockLeeway()));
        }
        Instant expiresAt = record.expiresAt();
        if (expiresAt != null) {
            until = nearer(until, now, () -> expiresAt.minus(policy.expiringSoon()));
            until = nearer(until, now, () -> expiresAt);
        }
        Instant refreshIssuedAt = record.refreshIssuedAt();
        if (record.hasRefreshToken() && refreshIssuedAt != null) {
            until = nearer(until, now, () -> refreshIssuedAt.plus(policy.refreshLifetime()));
        }
        return until;
    }

    /** {@code until}, or {@code threshold} if that comes after {@code now} and sooner; a threshold past the time line is none. */
    private static Instant nearer(Instant until, Instant now, java.util.function.Supplier<Instant> threshold) {
        Instant t;
        try {
            t = threshold.get();
        } catch (java.time.DateTimeException | ArithmeticException beyondTheTimeLine) {
            return until;
        }
        return t.isAfter(now) && t.isBefore(until) ? t : until;
    }

    public TokenHealth evaluate(TokenRecord record, Instant now) {
        return evaluate(record, now, null);
    }

    /**
     * The verdict when a refresh was already tried: if {@code verdict} applies to the record's
     * refresh token, an expired token needs a new sign-in (EXPIRED_REAUTH_NEEDED, with Coze's
     * reason), and a working one keeps its state with an outlook saying the refresh token is dead.
     *
     * @param verdict what the last refresh proved, or {@code null} when none was refused
     */
    public TokenHealth evaluate(TokenRecord record, Instant now, RefreshVerdict verdict) {
        RefreshVerdict dead = verdict != null && verdict.appliesTo(record) ? verdict : null;
        List<Msg> reasons = new ArrayList<>();
        Duration accessLeft = record.expiresAt() == null ? null : Duration.between(now, record.expiresAt());
        Duration refreshLeft = refreshLeft(record, now);
        double used = lifetimeUsed(record, now);

        Instant notBefore = notBefore(record);
        if (notBefore != null && notBefore.isAfter(now.plus(policy.clockLeeway()))) {
            reasons.add(Msg.of("health.notYetValid", Duration.between(now, notBefore)));
            return new TokenHealth(HealthState.NOT_YET_VALID, now, accessLeft, refreshLeft, used, reasons);
        }
        if (accessLeft == null) {
            reasons.add(Msg.of(record.accessKind() == TokenKind.PERSONAL ? "health.unknown.pat" : "health.unknown"));
            if (dead != null) {
                reasons.add(Msg.of("health.outlook.refreshRejected", dead.reasonText()));
            }
            return new TokenHealth(HealthState.EXPIRY_UNKNOWN, now, null, refreshLeft, used, reasons);
        }
        if (accessLeft.isNegative() || accessLeft.isZero()) {
            reasons.add(Msg.of("health.expired", accessLeft.negated()));
            HealthState state = expiredState(record, refreshLeft, dead, reasons);
            return new TokenHealth(state, now, accessLeft, refreshLeft, used, reasons);
        }
        if (accessLeft.compareTo(policy.expiringSoon()) <= 0) {
            reasons.add(Msg.of("health.expiringSoon", accessLeft, policy.expiringSoon()));
            refreshOutlook(record, refreshLeft, dead, reasons);
            return new TokenHealth(HealthState.EXPIRING_SOON, now, accessLeft, refreshLeft, used, reasons);
        }
        reasons.add(Msg.of("health.valid", accessLeft));
        refreshOutlook(record, refreshLeft, dead, reasons);
        return new TokenHealth(HealthState.VALID, now, accessLeft, refreshLeft, used, reasons);
    }

    private HealthState expiredState(TokenRecord record, Duration refreshLeft, RefreshVerdict dead,
                                     List<Msg> reasons) {
        TokenKind kind = record.accessKind();
        if (kind == TokenKind.COZE_SERVICE) {
            reasons.add(Msg.of("health.reauth.jwtFlow"));
            return HealthState.EXPIRED_REAUTH_NEEDED;
        }
        if (kind == TokenKind.PERSONAL) {
            reasons.add(Msg.of("health.reauth.pat"));
            return HealthState.EXPIRED_REAUTH_NEEDED;
        }
        if (!record.hasRefreshToken()) {
            reasons.add(Msg.of("health.reauth.noRefresh"));
            return HealthState.EXPIRED_REAUTH_NEEDED;
        }
        if (dead != null) {
            // Coze's answer outranks the 30-day estimate: it is evidence, the estimate a guess.
            reasons.add(Msg.of("health.reauth.refreshRejected", dead.reasonText()));
            return HealthState.EXPIRED_REAUTH_NEEDED;
        }
        if (refreshLeft != null && (refreshLeft.isNegative() || refreshLeft.isZero())) {
            reasons.add(Msg.of("health.reauth.refreshExpired", policy.refreshLifetime().toDays(),
                    refreshLeft.negated()));
            return HealthState.EXPIRED_REAUTH_NEEDED;
        }
        reasons.add(refreshLeft == null ? Msg.of("health.refreshable.unknownAge")
                : Msg.of("health.refreshable", refreshLeft));
        return HealthState.EXPIRED_REFRESHABLE;
    }

    private void refreshOutlook(TokenRecord record, Duration refreshLeft, RefreshVerdict dead, List<Msg> reasons) {
        if (dead != null) {
            reasons.add(Msg.of("health.outlook.refreshRejected", dead.reasonText()));
        } else if (!record.hasRefreshToken()) {
            if (record.accessKind().refreshable()) {
                reasons.add(Msg.of("health.outlook.noRefresh"));
            }
        } else if (refreshLeft == null) {
            reasons.add(Msg.of("health.outlook.refreshUnknown"));
        } else if (refreshLeft.isNegative() || refreshLeft.isZero()) {
            reasons.add(Msg.of("health.outlook.refreshDead", policy.refreshLifetime().toDays()));
        } else {
            reasons.add(Msg.of("health.outlook.refresh", refreshLeft));
        }
    }

    private Duration refreshLeft(TokenRecord record, Instant now) {
        if (!record.hasRefreshToken() || record.refreshIssuedAt() == null) {
            return null;
        }
        return Duration.between(now, record.refreshIssuedAt().plus(policy.refreshLifetime()));
    }

    private static Instant notBefore(TokenRecord record) {
        Instant latest = record.issuedAt();
        if (record.jwt() != null) {
            for (Instant t : new Instant[] {record.jwt().notBefore(), record.jwt().issuedAt()}) {
                if (t != null && (latest == null || t.isAfter(latest))) {
                    latest = t;
                }
            }
        }
        return latest;
    }

    private static double lifetimeUsed(TokenRecord record, Instant now) {
        if (record.issuedAt() == null || record.expiresAt() == null) {
            return Double.NaN;
        }
        long total = Duration.between(record.issuedAt(), record.expiresAt()).toMillis();
        if (total <= 0) {
            return Double.NaN;
        }
        return Math.max(0, Duration.between(record.issuedAt(), now).toMillis()) / (double) total;
    }
}
