package dev.tokendoctor.service;

import dev.tokendoctor.core.token.TokenKind;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.ConnectionProfile;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.Grants;
import dev.tokendoctor.oauth.client.OAuthFlow;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.oauth.refresh.AutoRefreshPolicy;
import dev.tokendoctor.oauth.refresh.AutoRefreshScheduler;
import dev.tokendoctor.oauth.refresh.AutomaticRefresh;
import dev.tokendoctor.oauth.refresh.AutomaticRefresh.Mode;
import dev.tokendoctor.oauth.refresh.TokenRefresher;
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
 * an {@link AutoRefreshScheduler} that refreshes ahead of expiry while the app runs. What the
 * automatic refresh does is published as an immutable {@link AutomaticRefresh} that the UI's
 * tick reads without taking this service's lock (held here while the store is read).
 */
public final class RefreshService implements AutoCloseable {

    private final ConnectionService connection;
    private final StoredTokens stored;
    private final Clock clock;
    private final Supplier<ConnectionSettings> settings;
    private final Consumer<OAuthOutcome> onAutomaticRefresh;
    private final RefreshLock lock;
    private TokenRefresher refresher;
    private ConnectionProfile refresherProfile;
    private AutoRefreshScheduler scheduler;
    private volatile AutomaticRefresh published = AutomaticRefresh.STARTING;

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

    /**
     * Refreshes the stored token unless Coze already refused its refresh token in this run (then
     * that answer, without a second request): for the refresh the app tries by itself at load.
     */
    public OAuthOutcome refreshUnlessRefused() throws IOException {
        Optional<TokenRefresher> r = refresherForStore();
        if (r.isPresent() && r.get().refusal().isPresent()) {
            return r.get().refusal().get();
        }
        return refreshNow();
    }

    /** (Re)starts refreshing ahead of expiry for what is stored now, if the settings allow it. */
    public synchronized void restartAutomatic() throws IOException {
        stopAutomatic();
        ConnectionSettings s = settings.get();
        if (!s.autoRefresh()) {
            published = AutomaticRefresh.off(Mode.OFF_IN_SETTINGS);
            return;
        }
        Optional<TokenRefresher> r;
        try {
            r = refresherForStore();
        } catch (IOException | RuntimeException e) {
            published = AutomaticRefresh.NOT_CONNECTED; // not "starting…" for ever; the caller logs why
            throw e;
        }
        if (r.isEmpty()) {
            published = AutomaticRefresh.off(stored.load() instanceof StoredTokens.Found ? Mode.NO_REFRESH_TOKEN : Mode.NO_TOKEN);
        } else if (r.get().current().expiresAt() == null) {
            published = AutomaticRefresh.off(Mode.NO_EXPIRY);
        } else if (r.get().refused(r.get().current())) {
            published = AutomaticRefresh.off(Mode.REFUSED);
        } else {
            AutoRefreshPolicy policy = AutoRefreshPolicy.defaults().withMargin(Duration.ofSeconds(s.refreshMarginSeconds()));
            AutoRefreshScheduler started = new AutoRefreshScheduler(r.get(), clock, policy, outcome -> automaticDone(outcome));
            scheduler = started;
            started.start();
            publishFrom(started);
        }
    }

    /** What the automatic refresh does now: never blocks (the tick calls it every second). */
    public AutomaticRefresh automatic() {
        return published;
    }

    /** When the automatic refresh will next run, if it is scheduled. */
    public Optional<java.time.Instant> nextAutomatic() {
        AutomaticRefresh now = published;
        return Optional.ofNullable(now.next());
    }

    /** Whether the settings let the app refresh by itself (cheap: settings only). */
    public boolean automaticAllowed() {
        return settings.get().autoRefresh();
    }

    /** Whether the stored record can be refreshed with the connection's flow (cheap: settings only). */
    public boolean canRefresh(TokenRecord record) {
        return record.hasRefreshToken() || record.accessKind() == TokenKind.COZE_SERVICE
                || OAuthFlow.parse(settings.get().flow()) == OAuthFlow.JWT;
    }

    public synchronized void stopAutomatic() {
        if (scheduler != null) {
            scheduler.close();
            scheduler = null;
        }
        published = AutomaticRefresh.NOT_CONNECTED;
    }

    private void automaticDone(OAuthOutcome outcome) {
        AutoRefreshScheduler running;
        synchronized (this) {
            running = scheduler;
        }
        if (outcome instanceof OAuthOutcome.ReauthorizationRequired) {
            published = AutomaticRefresh.off(Mode.REFUSED);
        } else if (running != null) {
            publishFrom(running);
        }
        onAutomaticRefresh.accept(outcome);
    }

    private void publishFrom(AutoRefreshScheduler running) {
        published = running.nextRefreshAt().map(AutomaticRefresh::at).orElse(AutomaticRefresh.off(Mode.NO_EXPIRY));
    }

    private synchronized Optional<TokenRefresher> refresherForStore() throws IOException {
        StoredTokens.Loaded loaded = stored.load();
        if (!(loaded instanceof StoredTokens.Found found)) {
            return Optional.empty();
        }
        TokenRecord record = found.parsed().record();
        ConnectionProfile profile = connection.profile();
        // the same record under the same connection: the same refresher (single flight, and it remembers a refusal)
        if (refresher != null && refresher.current().accessToken().equals(record.accessToken()) && profile.equals(refresherProfile)) {
            return Optional.of(refresher);
        }
        TokenRefresher.RefreshCall call;
        if (record.accessKind() == TokenKind.COZE_SERVICE || profile.flow() == OAuthFlow.JWT && !record.hasRefreshToken()) {
            if (profile.jwt() == null) {
                return Optional.empty();
            }
            call = whenCalled(client -> TokenRefresher.withJwt(client, profile.jwt(), CozeOAuthClient.DEFAULT_JWT_TOKEN_DURATION));
        } else if (record.hasRefreshToken()) {
            call = whenCalled(client -> TokenRefresher.withRefreshToken(client, profile.clientId(), profile.clientSecret()));
        } else {
            return Optional.empty();
        }
        refresher = new TokenRefresher(Grants.fromRecord(record, clock.instant()), lockedAcrossProcesses(call),
                grant -> saveUnlessStored(Grants.toRecord(grant)), clock);
        refresherProfile = profile;
        return Optional.of(refresher);
    }

    /**
     * A refresh call whose HTTP client is taken when a refresh really runs, not when one is planned:
     * the client means httpclient5 and a TLS context over the system's trust store (about 300
     * classes and several MB), which an app idling until the refresh time does not need.
     */
    private TokenRefresher.RefreshCall whenCalled(java.util.function.Function<CozeOAuthClient, TokenRefresher.RefreshCall> make) {
        return grant -> {
            CozeOAuthClient client;
            try {
                client = connection.client();
            } catch (IOException e) {
                return new OAuthOutcome.NetworkFailure(OAuthOutcome.NetworkFailure.Kind.OTHER,
                        "the connection could not be prepared", e.getClass().getName());
            }
            return make.apply(client).refresh(grant);
        };
    }

    /**
     * The refresh call under the data folder's {@link RefreshLock}: another process (a second window,
     * the command line) may have refreshed while this one waited, so the store is read again first and
     * its newer tokens taken instead of spending the old refresh token twice; new tokens are saved
     * before the lock is let go. Fresh tokens the data folder cannot keep are held in memory by the
     * store (shown as unsaved), never dropped.
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
                        keepRefreshed(Grants.toRecord(fresh.refreshable() || !grant.refreshable() ? fresh : fresh.withRefreshFrom(grant)));
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
        keepRefreshed(record);
    }

    /** Saves refreshed tokens; when the data folder cannot keep them the store holds them in memory (unsaved). */
    private void keepRefreshed(TokenRecord record) throws IOException {
        try {
            stored.save(record);
        } catch (StoredTokens.KeptInMemory e) {
            System.getLogger(RefreshService.class.getName()).log(System.Logger.Level.WARNING, "refreshed, tokens not saved", e);
        }
    }

    @Override
    public void close() {
        stopAutomatic();
    }
}
