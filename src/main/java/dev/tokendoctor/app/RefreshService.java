package dev.tokendoctor.app;

import dev.tokendoctor.core.token.TokenKind;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.AutoRefreshPolicy;
import dev.tokendoctor.oauth.AutoRefreshScheduler;
import dev.tokendoctor.oauth.ConnectionProfile;
import dev.tokendoctor.oauth.CozeOAuthClient;
import dev.tokendoctor.oauth.Grants;
import dev.tokendoctor.oauth.OAuthFlow;
import dev.tokendoctor.oauth.OAuthOutcome;
import dev.tokendoctor.oauth.TokenGrant;
import dev.tokendoctor.oauth.TokenRefresher;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.storage.RefreshLock;
import dev.tokendoctor.storage.StoredTokens;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Refreshes the stored token: one {@link TokenRefresher} per stored record (so concurrent callers
 * share one network refresh), the new tokens saved through the store before anyone sees them, and
 * an {@link AutoRefreshScheduler} that refreshes ahead of expiry while the app runs.
 */
public final class RefreshService implements AutoCloseable {

    private final ConnectionService connection;
    private final StoredTokens stored;
    private final Clock clock;
    private final Supplier<ConnectionSettings> settings;
    private final Consumer<OAuthOutcome> onAutomaticRefresh;
    private final RefreshLock lock;
    private TokenRefresher refresher;
    private AutoRefreshScheduler scheduler;

    public RefreshService(ConnectionService connection, StoredTokens stored, Clock clock,
                          Supplier<ConnectionSettings> settings, Consumer<OAuthOutcome> onAutomaticRefresh) {
        this.connection = connection;
        this.stored = stored;
        this.clock = clock;
        this.settings = settings;
        this.onAutomaticRefresh = onAutomaticRefresh;
        this.lock = new RefreshLock(stored.store().file().toAbsolutePath().getParent());
    }

    /** Refreshes the stored token now (blocking: call in the background). */
    public OAuthOutcome refreshNow() throws IOException {
        Optional<TokenRefresher> r = refresherForStore();
        if (r.isEmpty()) {
            return new OAuthOutcome.ReauthorizationRequired(OAuthOutcome.ReauthorizationRequired.Reason.MISSING, null);
        }
        return r.get().refresh();
    }

    /** (Re)starts refreshing ahead of expiry for what is stored now, if the settings allow it. */
    public synchronized void restartAutomatic() throws IOException {
        stopAutomatic();
        ConnectionSettings s = settings.get();
        if (!s.autoRefresh()) {
            return;
        }
        Optional<TokenRefresher> r = refresherForStore();
        if (r.isPresent() && r.get().current().expiresAt() != null) {
            AutoRefreshPolicy policy = AutoRefreshPolicy.defaults().withMargin(Duration.ofSeconds(s.refreshMarginSeconds()));
            scheduler = new AutoRefreshScheduler(r.get(), clock, policy, onAutomaticRefresh);
            scheduler.start();
        }
    }

    /** When the automatic refresh will next run, if it is scheduled. */
    public synchronized Optional<java.time.Instant> nextAutomatic() {
        return scheduler == null ? Optional.empty() : scheduler.nextRefreshAt();
    }

    public synchronized void stopAutomatic() {
        if (scheduler != null) {
            scheduler.close();
            scheduler = null;
        }
    }

    private synchronized Optional<TokenRefresher> refresherForStore() throws IOException {
        StoredTokens.Loaded loaded = stored.load();
        if (!(loaded instanceof StoredTokens.Found found)) {
            return Optional.empty();
        }
        TokenRecord record = found.parsed().record();
        if (refresher != null && refresher.current().accessToken().equals(record.accessToken())) {
            return Optional.of(refresher);
        }
        ConnectionProfile profile = connection.profile();
        CozeOAuthClient client = connection.client();
        TokenRefresher.RefreshCall call;
        if (record.accessKind() == TokenKind.COZE_SERVICE || profile.flow() == OAuthFlow.JWT && !record.hasRefreshToken()) {
            if (profile.jwt() == null) {
                return Optional.empty();
            }
            call = TokenRefresher.withJwt(client, profile.jwt(), CozeOAuthClient.DEFAULT_JWT_TOKEN_DURATION);
        } else if (record.hasRefreshToken()) {
            call = TokenRefresher.withRefreshToken(client, profile.clientId(), profile.clientSecret());
        } else {
            return Optional.empty();
        }
        refresher = new TokenRefresher(Grants.fromRecord(record, clock.instant()), lockedAcrossProcesses(call),
                grant -> saveUnlessStored(Grants.toRecord(grant)), clock);
        return Optional.of(refresher);
    }

    /**
     * The refresh call under the data folder's {@link RefreshLock}: another process (a second window,
     * the command line) may have refreshed while this one waited, so the store is read again first and
     * its newer tokens taken instead of spending the old refresh token twice; new tokens are saved
     * before the lock is let go.
     */
    private TokenRefresher.RefreshCall lockedAcrossProcesses(TokenRefresher.RefreshCall call) {
        return grant -> {
            try {
                return lock.exclusively(() -> {
                    if (stored.load() instanceof StoredTokens.Found found
                            && !found.parsed().record().accessToken().equals(grant.accessToken())) {
                        return new OAuthOutcome.Success(Grants.fromRecord(found.parsed().record(), clock.instant()));
                    }
                    OAuthOutcome outcome = call.refresh(grant);
                    if (outcome instanceof OAuthOutcome.Success success) {
                        TokenGrant fresh = success.grant();
                        stored.save(Grants.toRecord(fresh.refreshable() || !grant.refreshable() ? fresh : fresh.withRefreshFrom(grant)));
                    }
                    return outcome;
                });
            } catch (IOException e) {
                return new OAuthOutcome.StorageFailure("the refresh lock or the store could not be used",
                        e.getClass().getName());
            }
        };
    }

    /** The locked call saved already; saving the same tokens again would only add a backup. */
    private void saveUnlessStored(TokenRecord record) throws IOException {
        if (stored.load() instanceof StoredTokens.Found found
                && found.parsed().record().accessToken().equals(record.accessToken())
                && java.util.Objects.equals(found.parsed().record().refreshToken(), record.refreshToken())) {
            return;
        }
        stored.save(record);
    }

    @Override
    public void close() {
        stopAutomatic();
    }
}
