package dev.tokendoctor.oauth.signin;

import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.Sleeper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.oauth.support.CozeJson;
import dev.tokendoctor.oauth.support.FakeCoze;
import dev.tokendoctor.oauth.support.FakeCoze.Reply;
import dev.tokendoctor.oauth.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The device poll loop with an injected sleeper that only advances the test clock. */
class DeviceCodePollerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String TOKEN_PATH = "/api/permission/oauth2/token";
    private static final String CLIENT_ID = "12345678901234567890123456789012.app.coze";

    private final MutableClock clock = new MutableClock(NOW);
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final Sleeper sleeper = d -> {
        sleeps.add(d);
        clock.advance(d);
    };
    private FakeCoze server;
    private CozeOAuthClient client;
    private DeviceCodePoller poller;

    @BeforeEach
    void start() {
        server = FakeCoze.start();
        client = CozeJson.client(server, clock, new ExchangeLog());
        poller = new DeviceCodePoller(client, clock, sleeper);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private DeviceAuthorization authorization(int intervalSeconds) {
        return new DeviceAuthorization("device-code-0001", "ABCD-EFGH", "https://www.coze.cn/device",
                NOW.plusSeconds(300), Duration.ofSeconds(intervalSeconds));
    }

    private void answers(String... errors) {
        AtomicInteger calls = new AtomicInteger();
        server.on("POST", TOKEN_PATH, r -> {
            int i = calls.getAndIncrement();
            return i < errors.length
                    ? Reply.json(400, CozeJson.oauthError(errors[i], errors[i]))
                    : Reply.json(200, CozeJson.token("czu_device-access1", "refresh-device-1", NOW.getEpochSecond() + 900));
        });
    }

    @Test
    void pendingThenSlowDownThenSuccess() {
        answers("authorization_pending", "slow_down", "authorization_pending", "slow_down");
        List<OAuthOutcome> progress = new CopyOnWriteArrayList<>();

        OAuthOutcome outcome = poller.poll(CLIENT_ID, authorization(5), () -> false, progress::add);

        assertThat(outcome.tokenGrant()).hasValueSatisfying(g -> assertThat(g.accessToken()).isEqualTo("czu_device-access1"));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(10), Duration.ofSeconds(15));
        assertThat(progress).hasSize(4);
        assertThat(server.requests()).allSatisfy(r -> {
            assertThat(r.json().get("grant_type").asText()).isEqualTo("urn:ietf:params:oauth:grant-type:device_code");
            assertThat(r.json().get("device_code").asText()).isEqualTo("device-code-0001");
            assertThat(r.json().get("client_id").asText()).isEqualTo(CLIENT_ID);
        });
    }

    @Test
    void slowDownIsCappedAtThirtySeconds() {
        answers("slow_down", "slow_down", "slow_down");

        poller.poll(CLIENT_ID, authorization(20), () -> false);

        assertThat(sleeps).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(25), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
    }

    @Test
    void deniedAndExpiredEndTheLoop() {
        answers("authorization_pending", "access_denied");
        assertThat(poller.poll(CLIENT_ID, authorization(5), () -> false))
                .isInstanceOfSatisfying(OAuthOutcome.OAuthError.class, e -> assertThat(e.error()).isEqualTo("access_denied"));

        sleeps.clear();
        answers("expired_token");
        assertThat(poller.poll(CLIENT_ID, authorization(5), () -> false))
                .isInstanceOfSatisfying(OAuthOutcome.OAuthError.class, e -> assertThat(e.error()).isEqualTo("expired_token"));
    }

    @Test
    void theLocalDeadlineStopsPollingAForeverPendingServer() {
        server.on("POST", TOKEN_PATH, r -> Reply.json(400, CozeJson.oauthError("authorization_pending", "wait")));

        OAuthOutcome outcome = poller.poll(CLIENT_ID, authorization(5), () -> false);

        assertThat(outcome).isInstanceOfSatisfying(OAuthOutcome.OAuthError.class, e -> {
            assertThat(e.error()).isEqualTo("expired_token");
            assertThat(e.httpStatus()).isZero();
        });
        assertThat(server.count(TOKEN_PATH)).isEqualTo(59);
    }

    @Test
    void cancellingStopsBeforeTheNextPoll() {
        answers("authorization_pending", "authorization_pending", "authorization_pending");
        AtomicBoolean cancelled = new AtomicBoolean();

        OAuthOutcome outcome = poller.poll(CLIENT_ID, authorization(5), cancelled::get, p -> cancelled.set(true));

        assertThat(outcome).isInstanceOf(OAuthOutcome.Cancelled.class);
        assertThat(server.count(TOKEN_PATH)).isEqualTo(1);
    }
}
