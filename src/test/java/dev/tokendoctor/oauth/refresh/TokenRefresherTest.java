package dev.tokendoctor.oauth.refresh;

import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.TokenGrant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.oauth.support.CozeJson;
import dev.tokendoctor.oauth.support.FakeCoze;
import dev.tokendoctor.oauth.support.FakeCoze.Reply;
import dev.tokendoctor.oauth.support.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Single-flight, persistence before use, failure keeps the record, retry once. */
class TokenRefresherTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String TOKEN_PATH = "/api/permission/oauth2/token";
    private static final String CLIENT_ID = "12345678901234567890123456789012.app.coze";

    private final MutableClock clock = new MutableClock(NOW);
    private final List<TokenGrant> saved = new CopyOnWriteArrayList<>();
    private FakeCoze server;
    private CozeOAuthClient client;

    @BeforeEach
    void start() {
        server = FakeCoze.start();
        client = CozeJson.client(server, clock, new ExchangeLog());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static TokenGrant grant(String access, String refresh) {
        return new TokenGrant(access, refresh, NOW.plusSeconds(900), "Bearer", NOW.minusSeconds(60),
                NOW.minusSeconds(60), Map.of());
    }

    private TokenRefresher refresher(TokenGrant initial, TokenPersistence persistence) {
        return new TokenRefresher(initial, TokenRefresher.withRefreshToken(client, CLIENT_ID, null), persistence, clock);
    }

    @Test
    void fiftyConcurrentCallersShareOneNetworkRefresh() throws Exception {
        server.on("POST", TOKEN_PATH, r -> Reply.json(200, CozeJson.token("czu_new-access-01", "refresh-new-01",
                NOW.getEpochSecond() + 900)).after(Duration.ofMillis(300)));
        TokenGrant old = grant("czu_old-access-01", "refresh-old-01");
        TokenRefresher refresher = refresher(old, saved::add);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<OAuthOutcome>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return refresher.refresh(old);
                }));
            }
            go.countDown();
            for (Future<OAuthOutcome> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS).tokenGrant())
                        .hasValueSatisfying(g -> assertThat(g.accessToken()).isEqualTo("czu_new-access-01"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.count(TOKEN_PATH)).isEqualTo(1);
        assertThat(saved).hasSize(1);
        assertThat(refresher.current().refreshToken()).isEqualTo("refresh-new-01");
        assertThat(server.requests().get(0).json().get("refresh_token").asText()).isEqualTo("refresh-old-01");
    }

    @Test
    void theNewGrantIsSavedBeforeAnyoneSeesIt() {
        server.on("POST", TOKEN_PATH, r -> Reply.json(200, CozeJson.token("czu_new-access-02", "refresh-new-02",
                NOW.getEpochSecond() + 900)));
        List<String> events = new CopyOnWriteArrayList<>();
        TokenRefresher[] holder = new TokenRefresher[1];
        holder[0] = refresher(grant("czu_old-access-02", "refresh-old-02"), g -> {
            // While saving, nobody can see the new grant yet.
            events.add("save " + g.refreshToken() + ", current " + holder[0].current().refreshToken());
        });

        OAuthOutcome outcome = holder[0].refresh();
        events.add("returned " + outcome.tokenGrant().orElseThrow().refreshToken());

        assertThat(events).containsExactly("save refresh-new-02, current refresh-old-02", "returned refresh-new-02");
        assertThat(holder[0].current().obtainedAt()).isEqualTo(NOW);
    }

    @Test
    void aFailedRefreshKeepsTheOldRecord() {
        server.on("POST", TOKEN_PATH, r -> Reply.json(400, CozeJson.oauthError("invalid_grant",
                "refresh token has already been used")));
        TokenGrant old = grant("czu_old-access-03", "refresh-old-03");
        TokenRefresher refresher = refresher(old, saved::add);

        OAuthOutcome outcome = refresher.refresh();

        assertThat(outcome).isInstanceOf(OAuthOutcome.ReauthorizationRequired.class);
        assertThat(refresher.current()).isSameAs(old);
        assertThat(saved).isEmpty();
    }

    @Test
    void aFailedSaveReturnsNothingAndIsRetriedWithoutTheNetwork() {
        server.on("POST", TOKEN_PATH, r -> Reply.json(200, CozeJson.token("czu_new-access-04", "refresh-new-04",
                NOW.getEpochSecond() + 900)));
        AtomicInteger attempts = new AtomicInteger();
        TokenGrant old = grant("czu_old-access-04", "refresh-old-04");
        TokenRefresher refresher = refresher(old, g -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IOException("disk full");
            }
            saved.add(g);
        });

        assertThat(refresher.refresh()).isInstanceOf(OAuthOutcome.StorageFailure.class);
        assertThat(refresher.current()).isSameAs(old);
        assertThat(refresher.refresh().tokenGrant()).hasValueSatisfying(
                g -> assertThat(g.refreshToken()).isEqualTo("refresh-new-04"));
        assertThat(server.count(TOKEN_PATH)).isEqualTo(1);
        assertThat(saved).hasSize(1);
    }

    @Test
    void businessTokenErrorRefreshesAndRetriesOnceOnly() {
        server.on("POST", TOKEN_PATH, r -> Reply.json(200, CozeJson.token("czu_new-access-05", "refresh-new-05",
                NOW.getEpochSecond() + 900)));
        server.on("GET", "/v1/users/me", r -> Reply.json(200, CozeJson.business(4100, "authentication is invalid", "L1")));
        TokenRefresher refresher = refresher(grant("czu_old-access-05", "refresh-old-05"), saved::add);

        OAuthOutcome outcome = refresher.callWithRetry(client::probe);

        assertThat(outcome).isInstanceOf(OAuthOutcome.BusinessError.class);
        assertThat(server.count("/v1/users/me")).isEqualTo(2);
        assertThat(server.count(TOKEN_PATH)).isEqualTo(1);
        List<String> sentTokens = server.requests().stream().filter(r -> r.path().equals("/v1/users/me"))
                .map(r -> r.header("Authorization")).toList();
        assertThat(sentTokens).containsExactly("Bearer czu_old-access-05", "Bearer czu_new-access-05");
    }

    @Test
    void retrySucceedsWithTheNewTokenAfter700012006() {
        server.on("POST", TOKEN_PATH, r -> Reply.json(200, CozeJson.token("czu_new-access-06", "refresh-new-06",
                NOW.getEpochSecond() + 900)));
        server.on("GET", "/v1/users/me", r -> "Bearer czu_new-access-06".equals(r.header("Authorization"))
                ? Reply.json(200, CozeJson.me("42", "ok"))
                : Reply.json(200, CozeJson.business(700012006, "access token invalid", "L2")));
        TokenRefresher refresher = refresher(grant("czu_old-access-06", "refresh-old-06"), saved::add);

        assertThat(refresher.callWithRetry(client::probe)).isInstanceOf(OAuthOutcome.Probed.class);
    }

    @Test
    void otherOutcomesAreNotRetried() {
        server.on("GET", "/v1/users/me", r -> Reply.json(200, CozeJson.business(4101, "no permission", "L3")));
        TokenRefresher refresher = refresher(grant("czu_old-access-07", "refresh-old-07"), saved::add);

        assertThat(refresher.callWithRetry(client::probe)).isInstanceOf(OAuthOutcome.BusinessError.class);
        assertThat(server.count("/v1/users/me")).isEqualTo(1);
        assertThat(server.count(TOKEN_PATH)).isZero();
    }

    @Test
    void withoutARefreshTokenReauthorizationIsNeeded() {
        TokenRefresher refresher = refresher(grant("czu_old-access-08", null), saved::add);

        assertThat(refresher.refresh()).isInstanceOfSatisfying(OAuthOutcome.ReauthorizationRequired.class,
                r -> assertThat(r.reason()).isEqualTo(OAuthOutcome.ReauthorizationRequired.Reason.MISSING));
        assertThat(server.requests()).isEmpty();
    }
}
