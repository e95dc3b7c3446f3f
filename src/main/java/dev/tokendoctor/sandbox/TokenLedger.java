package dev.tokendoctor.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Authorization codes, access tokens and refresh tokens, with their expiry decided by the
 * injected clock. Every method is atomic: two concurrent refreshes with one token cannot both
 * succeed.
 */
final class TokenLedger {

    /** An approved authorization request waiting for its code exchange. */
    record AuthCode(String clientId, String redirectUri, String challenge, String challengeMethod,
                    Instant expiresAt) {
    }

    /** An issued access token. */
    record AccessToken(String clientId, Instant expiresAt) {
    }

    private record RefreshToken(String clientId, Instant expiresAt, boolean used) {
    }

    /** A successful grant: {@code refreshToken} is {@code null} for the JWT flow. */
    record Issued(String accessToken, Instant expiresAt, String refreshToken) {
    }

    /** How a refresh attempt ended. */
    enum RefreshOutcome { ROTATED, UNKNOWN, REUSED, EXPIRED, WRONG_CLIENT }

    record Refresh(RefreshOutcome outcome, Issued issued) {
    }

    private final Clock clock;
    private final SandboxConfig config;
    private final Map<String, AuthCode> codes = new HashMap<>();
    private final Map<String, AccessToken> access = new HashMap<>();
    private final Map<String, RefreshToken> refresh = new HashMap<>();

    TokenLedger(SandboxConfig config) {
        this.config = config;
        this.clock = config.clock();
    }

    synchronized String issueCode(String clientId, String redirectUri, String challenge, String method) {
        String code = "code_" + Randoms.token(24);
        codes.put(code, new AuthCode(clientId, redirectUri, challenge, method,
                clock.instant().plus(config.codeLifetime())));
        return code;
    }

    /** The code's request, removing it: a code is single-use even when the exchange fails. */
    synchronized Optional<AuthCode> consumeCode(String code) {
        AuthCode found = code == null ? null : codes.remove(code);
        if (found == null || !clock.instant().isBefore(found.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /** A user access token ({@code czu_}) and a fresh refresh token. */
    synchronized Issued issueUserTokens(String clientId) {
        Instant now = clock.instant();
        return issueUser(clientId, now.plus(config.refreshTokenLifetime()));
    }

    /** A service access token ({@code czs_}) living {@code duration}, without refresh token. */
    synchronized Issued issueServiceToken(String appId, Duration duration) {
        String token = "czs_" + Randoms.token(48);
        Instant expiresAt = clock.instant().plus(duration);
        access.put(token, new AccessToken(appId, expiresAt));
        return new Issued(token, expiresAt, null);
    }

    /** Spends {@code refreshToken} and issues its successor. */
    synchronized Refresh rotate(String refreshToken, String clientId) {
        RefreshToken found = refreshToken == null ? null : refresh.get(refreshToken);
        if (found == null) {
            return new Refresh(RefreshOutcome.UNKNOWN, null);
        }
        if (!found.clientId().equals(clientId)) {
            return new Refresh(RefreshOutcome.WRONG_CLIENT, null);
        }
        if (found.used()) {
            return new Refresh(RefreshOutcome.REUSED, null);
        }
        Instant now = clock.instant();
        if (!now.isBefore(found.expiresAt())) {
            return new Refresh(RefreshOutcome.EXPIRED, null);
        }
        refresh.put(refreshToken, new RefreshToken(found.clientId(), found.expiresAt(), true));
        Instant window = config.refreshRestartsWindow()
                ? now.plus(config.refreshTokenLifetime()) : found.expiresAt();
        return new Refresh(RefreshOutcome.ROTATED, issueUser(clientId, window));
    }

    /** The access token if it is known and not expired now. */
    synchronized Optional<AccessToken> validAccess(String token) {
        AccessToken found = token == null ? null : access.get(token);
        if (found == null || !clock.instant().isBefore(found.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    private Issued issueUser(String clientId, Instant refreshExpiresAt) {
        String token = "czu_" + Randoms.token(48);
        Instant expiresAt = clock.instant().plus(config.accessTokenLifetime());
        access.put(token, new AccessToken(clientId, expiresAt));
        String refreshToken = Randoms.token(36);
        refresh.put(refreshToken, new RefreshToken(clientId, refreshExpiresAt, false));
        return new Issued(token, expiresAt, refreshToken);
    }
}
