package dev.tokendoctor.core.token;

import java.time.Instant;
import java.util.Optional;

/**
 * One access token with what is known about it. Times are absolute; null means unknown.
 *
 * @param accessToken     the access token itself (a secret: show it only as a {@link Fingerprint})
 * @param refreshToken    the refresh token, or null when none is stored
 * @param expiresAt       when the access token stops working, as interpreted by the parser
 * @param issuedAt        when the access token was obtained, if the record says so
 * @param refreshIssuedAt when the refresh token was obtained (its 30-day life starts there)
 * @param tokenType       e.g. {@code Bearer}; may be null (Coze often omits it)
 * @param jwt             the decoded claims when the access token is a JWT, else null
 */
public record TokenRecord(
        String accessToken,
        String refreshToken,
        Instant expiresAt,
        Instant issuedAt,
        Instant refreshIssuedAt,
        String tokenType,
        JwtDetails jwt) {

    public TokenRecord {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("a token record needs an access token");
        }
        if (refreshToken != null && refreshToken.isBlank()) {
            refreshToken = null;
        }
    }

    public TokenKind accessKind() {
        return TokenKind.of(accessToken);
    }

    public boolean hasRefreshToken() {
        return refreshToken != null;
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }

    public Fingerprint accessFingerprint() {
        return Fingerprint.of(accessToken);
    }

    public Fingerprint refreshFingerprint() {
        return Fingerprint.of(refreshToken);
    }

    /** Never prints a secret. */
    @Override
    public String toString() {
        return "TokenRecord[access=" + accessFingerprint() + ", refresh=" + refreshFingerprint()
                + ", expiresAt=" + expiresAt + ", issuedAt=" + issuedAt + "]";
    }
}
