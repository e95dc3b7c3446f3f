package dev.tokendoctor.oauth.refresh;

import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.TokenGrant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Refreshes a token record ahead of its expiry on one named daemon thread. After a transient
 * failure it retries after the policy's delay; when re-authorization is needed (or the grant has
 * no expiry) it stops and waits for {@link #start()}. Tokens shorter-lived than twice the margin
 * are refreshed at half their life, so a short-lived sandbox token cannot cause a refresh storm.
 */
public final class AutoRefreshScheduler implements AutoCloseable {

    /** Name of the scheduler thread. */
    public static final String THREAD_NAME = "coze-token-auto-refresh";

    private final TokenRefresher refresher;
    private final Clock clock;
    private final AutoRefreshPolicy policy;
    private final Consumer<OAuthOutcome> listener;
    private final ScheduledExecutorService executor;
    private final Object lock = new Object();
    private ScheduledFuture<?> next;
    private Instant nextAt;
    private TokenGrant scheduledFor;

    /**
     * @param listener sees every refresh outcome, on the scheduler thread
     */
    public AutoRefreshScheduler(TokenRefresher refresher, Clock clock, AutoRefreshPolicy policy,
                                Consumer<OAuthOutcome> listener) {
        this.refresher = Objects.requireNonNull(refresher, "refresher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Schedules the next refresh from the current grant (no-op when the policy is disabled, or
     * when Coze already refused this grant's refresh token: sending it again only fails again).
     */
    public void start() {
        TokenGrant grant = refresher.current();
        if (policy.enabled() && !refresher.refused(grant)) {
            scheduleFor(grant, Duration.ZERO);
        }
    }

    /** Cancels the pending refresh; {@link #start()} schedules again. */
    public void stop() {
        synchronized (lock) {
            if (next != null) {
                next.cancel(false);
            }
            next = null;
            nextAt = null;
        }
    }

    /** When the next refresh is due, if one is scheduled. */
    public Optional<Instant> nextRefreshAt() {
        synchronized (lock) {
            return Optional.ofNullable(nextAt);
        }
    }

    /** Stops and shuts the thread down. */
    @Override
    public void close() {
        stop();
        executor.shutdownNow();
    }

    private void scheduleFor(TokenGrant grant, Duration floor) {
        if (grant.expiresAt() == null) {
            stop();
            return;
        }
        Instant due = grant.expiresAt().minus(policy.margin());
        Instant halfLife = grant.obtainedAt()
                .plus(Duration.between(grant.obtainedAt(), grant.expiresAt()).dividedBy(2));
        if (due.isBefore(halfLife)) {
            due = halfLife;
        }
        Duration delay = Duration.between(clock.instant(), due);
        schedule(grant, delay.compareTo(floor) < 0 ? floor : delay);
    }

    private void schedule(TokenGrant grant, Duration delay) {
        synchronized (lock) {
            scheduledFor = grant;
            if (next != null) {
                next.cancel(false);
            }
            if (executor.isShutdown()) {
                return;
            }
            nextAt = clock.instant().plus(delay);
            next = executor.schedule(this::refreshNow, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        }
    }

    private void refreshNow() {
        TokenGrant grant;
        synchronized (lock) {
            grant = scheduledFor;
        }
        if (refresher.refused(grant)) {
            // someone else (a manual "Refresh now") already heard Coze refuse it: no second request
            stop();
            return;
        }
        // the grant it was scheduled for: if another caller already replaced it, no network call
        OAuthOutcome outcome = refresher.refresh(grant);
        // Schedule first, then tell the listener: whoever hears of the new grant sees the next refresh too.
        if (outcome instanceof OAuthOutcome.Success) {
            scheduleFor(((OAuthOutcome.Success) outcome).grant(), Duration.ofSeconds(1));
        } else if (outcome instanceof OAuthOutcome.ReauthorizationRequired
                || outcome instanceof OAuthOutcome.InvalidInput) {
            stop();
        } else {
            schedule(grant, policy.retryDelay());
        }
        try {
            listener.accept(outcome);
        } catch (RuntimeException e) {
            // A faulty listener must not stop the refreshing; it is logged, never swallowed.
            System.getLogger(AutoRefreshScheduler.class.getName())
                    .log(System.Logger.Level.WARNING, "automatic refresh listener failed", e);
        }
    }
}
