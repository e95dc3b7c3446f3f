package dev.tokendoctor.oauth.refresh;

import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.JwtAppCredentials;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.TokenGrant;

import dev.tokendoctor.oauth.client.OAuthOutcome.ReauthorizationRequired;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Keeps one token record fresh. Refresh is single-flight: concurrent callers share ONE network
 * refresh and all get its outcome. The new grant is saved through {@link TokenPersistence}
 * before anyone sees it; a failed refresh leaves the stored and current record untouched.
 */
public final class TokenRefresher {

    /** Coze refresh tokens live 30 days from issue. */
    public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);

    /** Performs one refresh of {@code current} (refresh-token grant, or a new JWT for service apps). */
    @FunctionalInterface
    public interface RefreshCall {
        OAuthOutcome refresh(TokenGrant current);
    }

    private final RefreshCall call;
    private final TokenPersistence persistence;
    private final Clock clock;
    private final Object lock = new Object();
    private TokenGrant current;
    private TokenGrant unsaved;
    private TokenGrant refused;
    private OAuthOutcome refusal;
    private CompletableFuture<OAuthOutcome> inFlight;

    /**
     * @param initial     the stored record
     * @param call        how to refresh, e.g. {@link #withRefreshToken}
     * @param persistence where new grants are saved before use
     * @param clock       the time source (refresh token age)
     */
    public TokenRefresher(TokenGrant initial, RefreshCall call, TokenPersistence persistence, Clock clock) {
        this.current = Objects.requireNonNull(initial, "initial");
        this.call = Objects.requireNonNull(call, "call");
        this.persistence = Objects.requireNonNull(persistence, "persistence");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A refresh call using the refresh-token grant ({@code clientSecret} null for PKCE/device apps). */
    public static RefreshCall withRefreshToken(CozeOAuthClient client, String clientId, String clientSecret) {
        return grant -> grant.refreshable()
                ? client.refresh(clientId, grant.refreshToken(), clientSecret)
                : new ReauthorizationRequired(ReauthorizationRequired.Reason.MISSING, null);
    }

    /** A refresh call for service apps: sign a new JWT. */
    public static RefreshCall withJwt(CozeOAuthClient client, JwtAppCredentials credentials, Duration duration) {
        return grant -> client.jwtToken(credentials, duration);
    }

    /** The latest saved grant. */
    public TokenGrant current() {
        synchronized (lock) {
            return current;
        }
    }

    /**
     * Whether Coze already refused to refresh {@code grant} (re-authorization needed): an automatic
     * refresh must not send the same dead refresh token again.
     */
    public boolean refused(TokenGrant grant) {
        synchronized (lock) {
            return refused != null && refused.accessToken().equals(grant.accessToken());
        }
    }

    /** Coze's refusal of the current grant's refresh, if one was heard: the answer without asking again. */
    public java.util.Optional<OAuthOutcome> refusal() {
        synchronized (lock) {
            return refused != null && refused.accessToken().equals(current.accessToken())
                    ? java.util.Optional.of(refusal) : java.util.Optional.empty();
        }
    }

    /** Refreshes the current grant (joins a refresh already under way). */
    public OAuthOutcome refresh() {
        return refresh(current());
    }

    /**
     * Refreshes because {@code stale} was found wanting. If another caller already replaced it,
     * returns the newer grant without a network call; if a refresh is under way, waits for it.
     */
    public OAuthOutcome refresh(TokenGrant stale) {
        CompletableFuture<OAuthOutcome> flight;
        TokenGrant base;
        synchronized (lock) {
            if (inFlight != null) {
                flight = inFlight;
                base = null;
            } else if (unsaved == null && !current.accessToken().equals(stale.accessToken())) {
                return new OAuthOutcome.Success(current);
            } else {
                flight = new CompletableFuture<>();
                inFlight = flight;
                base = current;
            }
        }
        if (base == null) {
            return flight.join();
        }
        OAuthOutcome outcome = null;
        try {
            outcome = lead(base);
            return outcome;
        } finally {
            synchronized (lock) {
                inFlight = null;
            }
            if (outcome != null) {
                flight.complete(outcome);
            } else {
                flight.completeExceptionally(new IllegalStateException("refresh call failed"));
            }
        }
    }

    /**
     * Calls an API with the current access token; on 4100 or 700012006 refreshes and retries
     * ONCE. Returns the last answer, or the refresh failure when the refresh did not succeed.
     */
    public OAuthOutcome callWithRetry(Function<String, OAuthOutcome> apiCall) {
        TokenGrant used = current();
        OAuthOutcome first = apiCall.apply(used.accessToken());
        if (!(first instanceof OAuthOutcome.BusinessError) || !((OAuthOutcome.BusinessError) first).tokenRejected()) {
            return first;
        }
        OAuthOutcome refreshed = refresh(used);
        if (!(refreshed instanceof OAuthOutcome.Success)) {
            return refreshed;
        }
        return apiCall.apply(((OAuthOutcome.Success) refreshed).grant().accessToken());
    }

    private OAuthOutcome lead(TokenGrant base) {
        TokenGrant pending;
        synchronized (lock) {
            pending = unsaved;
        }
        if (pending != null) {
            return save(pending);
        }
        OAuthOutcome outcome = call.refresh(base);
        if (!(outcome instanceof OAuthOutcome.Success)) {
            OAuthOutcome aged = withAge(outcome, base);
            if (outcome instanceof ReauthorizationRequired) {
                synchronized (lock) {
                    refused = base;
                    refusal = aged;
                }
            }
            return aged;
        }
        TokenGrant fresh = ((OAuthOutcome.Success) outcome).grant();
        if (!fresh.refreshable() && base.refreshable()) {
            fresh = fresh.withRefreshFrom(base);
        }
        return save(fresh);
    }

    private OAuthOutcome save(TokenGrant fresh) {
        try {
            persistence.saveAtomically(fresh);
        } catch (Exception e) {
            synchronized (lock) {
                unsaved = fresh;
            }
            return new OAuthOutcome.StorageFailure("the refreshed tokens could not be saved; kept in"
                    + " memory, the save is retried on the next refresh", e.getClass().getName());
        }
        synchronized (lock) {
            unsaved = null;
            refused = null;
            current = fresh;
        }
        return new OAuthOutcome.Success(fresh);
    }

    /** An UNKNOWN dead-token reason becomes EXPIRED when the refresh token is over 30 days old. */
    private OAuthOutcome withAge(OAuthOutcome outcome, TokenGrant base) {
        if (outcome instanceof ReauthorizationRequired
                && ((ReauthorizationRequired) outcome).reason() == ReauthorizationRequired.Reason.UNKNOWN
                && base.refreshObtainedAt() != null
                && base.refreshObtainedAt().plus(REFRESH_TOKEN_LIFETIME).isBefore(clock.instant())) {
            return new ReauthorizationRequired(ReauthorizationRequired.Reason.EXPIRED,
                    ((ReauthorizationRequired) outcome).evidence());
        }
        return outcome;
    }
}
