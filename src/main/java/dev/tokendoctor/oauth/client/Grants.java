package dev.tokendoctor.oauth.client;

import dev.tokendoctor.core.token.JwtDecoder;
import dev.tokendoctor.core.token.JwtDetails;
import dev.tokendoctor.core.token.RefreshVerdict;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.OAuthOutcome.ReauthorizationRequired;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Converts between what the client received ({@link TokenGrant}) and what the rest of the app
 * judges and stores (core {@link TokenRecord}). Issue times travel both ways: the access token's
 * as {@code issuedAt}, the refresh token's as {@code refreshIssuedAt} (its 30 days start there).
 * Expiries are absolute instants on both sides, never durations.
 */
public final class Grants {

    private Grants() {
    }

    /** The record to evaluate or save; a JWT access token gets its decoded claims. */
    public static TokenRecord toRecord(TokenGrant grant) {
        JwtDetails jwt = null;
        if (JwtDecoder.looksLikeJwt(grant.accessToken())) {
            JwtDecoder.Result decoded = JwtDecoder.decode(grant.accessToken());
            jwt = decoded.ok() ? decoded.details() : null;
        }
        return new TokenRecord(grant.accessToken(), grant.refreshToken(), grant.expiresAt(), grant.obtainedAt(),
                grant.refreshToken() == null ? null : grant.refreshObtainedAt(), grant.tokenType(), jwt);
    }

    /**
     * The grant a refresher starts from, for a record that knows when it was issued (the app's
     * own store always writes it).
     *
     * @throws IllegalArgumentException when the record has no issue time; use
     *                                  {@link #fromRecord(TokenRecord, Instant)}
     */
    public static TokenGrant fromRecord(TokenRecord record) {
        if (record.issuedAt() == null) {
            throw new IllegalArgumentException("the record has no issue time: say when it was loaded");
        }
        return fromRecord(record, record.issuedAt());
    }

    /**
     * The grant a refresher starts from.
     *
     * @param loadedAt the obtained-at to assume when the record does not say (a record read from
     *                 a browser profile); ignored otherwise
     */
    public static TokenGrant fromRecord(TokenRecord record, Instant loadedAt) {
        Instant obtainedAt = record.issuedAt() != null ? record.issuedAt() : loadedAt;
        return new TokenGrant(record.accessToken(), record.refreshToken(), record.expiresAt(),
                record.tokenType(), obtainedAt, record.hasRefreshToken() ? record.refreshIssuedAt() : null,
                Map.of());
    }

    /**
     * What a failed refresh of {@code refreshToken} proved, for the health evaluator: a verdict
     * for a dead refresh token; empty for any other outcome, and for MISSING (a record without a
     * refresh token already reads as "sign in again").
     */
    public static Optional<RefreshVerdict> verdictOf(OAuthOutcome outcome, String refreshToken) {
        if (!(outcome instanceof ReauthorizationRequired) || refreshToken == null || refreshToken.isBlank()) {
            return Optional.empty();
        }
        RefreshVerdict.Reason reason;
        switch (((ReauthorizationRequired) outcome).reason()) {
            case EXPIRED -> reason = RefreshVerdict.Reason.EXPIRED;
            case REUSED -> reason = RefreshVerdict.Reason.REUSED;
            case REVOKED -> reason = RefreshVerdict.Reason.REVOKED;
            case UNKNOWN -> reason = RefreshVerdict.Reason.UNKNOWN;
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(RefreshVerdict.rejected(refreshToken, reason));
    }
}
