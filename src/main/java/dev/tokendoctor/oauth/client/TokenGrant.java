package dev.tokendoctor.oauth.client;

import dev.tokendoctor.core.token.Fingerprint;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Tokens a grant returned, with the times that matter for expiry decisions.
 *
 * @param accessToken       the access token ({@code czu_…}, {@code czs_…})
 * @param refreshToken      the single-use refresh token, or {@code null} (JWT flow)
 * @param expiresAt         the access token's expiry, read from {@code expires_in} as ABSOLUTE
 *                          epoch seconds; {@code null} when the answer carried none
 * @param tokenType         {@code token_type} as sent, or {@code null} (Coze may omit it)
 * @param obtainedAt        when the grant arrived, by the injected clock
 * @param refreshObtainedAt when the refresh token was issued (no field reports its own expiry),
 *                          or {@code null} without a refresh token
 * @param rawFields         every field of the answer, with tokens replaced by fingerprints
 */
public record TokenGrant(String accessToken, String refreshToken, Instant expiresAt,
                         String tokenType, Instant obtainedAt, Instant refreshObtainedAt,
                         Map<String, Object> rawFields) {

    public TokenGrant {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(obtainedAt, "obtainedAt");
        rawFields = rawFields == null ? Map.of() : Map.copyOf(rawFields);
    }

    /** The expiry, if known. */
    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }

    /** Whether a refresh token came with this grant. */
    public boolean refreshable() {
        return refreshToken != null && !refreshToken.isEmpty();
    }

    /** Whether the access token is expired at {@code now}; unknown expiry counts as not expired. */
    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** This grant with the refresh token (and its issue time) of an earlier one. */
    public TokenGrant withRefreshFrom(TokenGrant earlier) {
        return new TokenGrant(accessToken, earlier.refreshToken, expiresAt, tokenType, obtainedAt,
                earlier.refreshObtainedAt, rawFields);
    }

    /** Never prints a token: fingerprints only. */
    @Override
    public String toString() {
        return "TokenGrant[accessToken=" + Fingerprint.text(accessToken)
                + ", refreshToken=" + Fingerprint.text(refreshToken)
                + ", expiresAt=" + expiresAt + ", tokenType=" + tokenType
                + ", obtainedAt=" + obtainedAt + ", refreshObtainedAt=" + refreshObtainedAt + "]";
    }
}
