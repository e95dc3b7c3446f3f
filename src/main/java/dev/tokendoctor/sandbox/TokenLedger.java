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
 * succeed. Tokens are known by their hash; with a grants file they outlive a restart.
 */
final class TokenLedger {

    /** An approved authorization request waiting for its code exchange. */
    record AuthCode(String clientId, String redirectUri, String challenge, String challengeMethod,
                    Instant expiresAt) {
    }

    /** An issued access token. */
    record AccessToken(String clientId, Instant expiresAt) {
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
    private final GrantsFile file;
    private final GrantsFile.Grants grants;

    TokenLedger(SandboxConfig config) {
        this.config = config;
        this.clock = config.clock();
        this.file = new GrantsFile(config.grantsFile());
        this.grants = file.load();
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
        grants.access().put(Randoms.s256(token), new GrantsFile.Entry(appId, expiresAt, false));
        file.save(grants, clock.instant());
        return new Issued(token, expiresAt, null);
    }

    /** Spends {@code refreshToken} and issues its successor. */
    synchronized Refresh rotate(String refreshToken, String clientId) {
        GrantsFile.Entry found = refreshToken == null ? null : grants.refresh().get(Randoms.s256(refreshToken));
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
        grants.refresh().put(Randoms.s256(refreshToken), new GrantsFile.Entry(found.clientId(), found.expiresAt(), true));
        Instant window = config.refreshRestartsWindow()
                ? now.plus(config.refreshTokenLifetime()) : found.expiresAt();
        return new Refresh(RefreshOutcome.ROTATED, issueUser(clientId, window));
    }

    /** The access token if it is known and not expired now. */
    synchronized Optional<AccessToken> validAccess(String token) {
        GrantsFile.Entry found = token == null ? null : grants.access().get(Randoms.s256(token));
        if (found == null || !clock.instant().isBefore(found.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(new AccessToken(found.clientId(), found.expiresAt()));
    }

    private Issued issueUser(String clientId, Instant refreshExpiresAt) {
        String token = "czu_" + Randoms.token(48);
        Instant expiresAt = clock.instant().plus(config.accessTokenLifetime());
        grants.access().put(Randoms.s256(token), new GrantsFile.Entry(clientId, expiresAt, false));
        String refreshToken = Randoms.token(36);
        grants.refresh().put(Randoms.s256(refreshToken), new GrantsFile.Entry(clientId, refreshExpiresAt, false));
        file.save(grants, clock.instant());
        return new Issued(token, expiresAt, refreshToken);
    }
}
