package dev.tokendoctor.oauth.refresh;

import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.TokenGrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Refreshing ahead of expiry on the scheduler's own thread, and not at all when disabled. */
class AutoRefreshSchedulerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AtomicInteger calls = new AtomicInteger();
    private final LinkedBlockingQueue<String> threads = new LinkedBlockingQueue<>();

    private TokenRefresher refresher(Duration untilExpiry) {
        TokenGrant initial = new TokenGrant("czu_auto-access-01", "refresh-auto-01", NOW.plus(untilExpiry), null,
                NOW.minusSeconds(840), NOW.minusSeconds(840), Map.of());
        return new TokenRefresher(initial, grant -> {
            calls.incrementAndGet();
            threads.add(Thread.currentThread().getName() + (Thread.currentThread().isDaemon() ? " daemon" : ""));
            return new OAuthOutcome.Success(new TokenGrant("czu_auto-access-02", "refresh-auto-02",
                    NOW.plusSeconds(900), null, NOW, NOW, Map.of()));
        }, grant -> { }, clock);
    }

    @Test
    void refreshesMarginAheadOfExpiryAndSchedulesTheNext() throws InterruptedException {
        TokenRefresher refresher = refresher(Duration.ofSeconds(60).plusMillis(200));
        LinkedBlockingQueue<OAuthOutcome> outcomes = new LinkedBlockingQueue<>();
        try (AutoRefreshScheduler scheduler = new AutoRefreshScheduler(refresher, clock,
                AutoRefreshPolicy.defaults(), outcomes::add)) {
            scheduler.start();
            assertThat(scheduler.nextRefreshAt()).contains(NOW.plusMillis(200));

            assertThat(outcomes.poll(5, TimeUnit.SECONDS)).isInstanceOf(OAuthOutcome.Success.class);
            assertThat(threads.poll()).isEqualTo(AutoRefreshScheduler.THREAD_NAME + " daemon");
            assertThat(refresher.current().accessToken()).isEqualTo("czu_auto-access-02");
            assertThat(scheduler.nextRefreshAt()).contains(NOW.plusSeconds(900 - 60));
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void aLargerMarginRefreshesEarlier() {
        TokenRefresher refresher = refresher(Duration.ofSeconds(300));
        try (AutoRefreshScheduler scheduler = new AutoRefreshScheduler(refresher, clock,
                AutoRefreshPolicy.defaults().withMargin(Duration.ofSeconds(120)), o -> { })) {
            scheduler.start();
            assertThat(scheduler.nextRefreshAt()).contains(NOW.plusSeconds(180));
        }
    }

    @Test
    void disabledPolicyNeverRefreshes() throws InterruptedException {
        TokenRefresher refresher = refresher(Duration.ZERO);
        try (AutoRefreshScheduler scheduler = new AutoRefreshScheduler(refresher, clock,
                AutoRefreshPolicy.disabled(), o -> { })) {
            scheduler.start();
            assertThat(scheduler.nextRefreshAt()).isEmpty();
            Thread.sleep(200);
        }
        assertThat(calls).hasValue(0);
    }

    /** Issue 10, finding 6: a refresh token Coze refused (here by a manual refresh) is not sent again automatically. */
    @Test
    void aGrantWhoseRefreshWasRefusedIsNotScheduledAgain() {
        TokenGrant initial = new TokenGrant("czu_auto-access-01", "refresh-auto-01", NOW.minusSeconds(10), null,
                NOW.minusSeconds(910), NOW.minusSeconds(910), Map.of());
        TokenRefresher refresher = new TokenRefresher(initial, grant -> {
            calls.incrementAndGet();
            return new OAuthOutcome.ReauthorizationRequired(OAuthOutcome.ReauthorizationRequired.Reason.REUSED, null);
        }, grant -> { }, clock);
        assertThat(refresher.refresh()).isInstanceOf(OAuthOutcome.ReauthorizationRequired.class);

        try (AutoRefreshScheduler scheduler = new AutoRefreshScheduler(refresher, clock, AutoRefreshPolicy.defaults(), o -> { })) {
            scheduler.start();
            assertThat(scheduler.nextRefreshAt()).isEmpty();
        }
        assertThat(refresher.refused(initial)).isTrue();
        assertThat(calls).hasValue(1);
    }
}
