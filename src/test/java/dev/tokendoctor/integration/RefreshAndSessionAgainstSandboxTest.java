package dev.tokendoctor.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.OAuthOutcome.ReauthorizationRequired;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.oauth.refresh.TokenRefresher;
import dev.tokendoctor.oauth.signin.AuthorizationSession;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.EventKind;
import dev.tokendoctor.sandbox.InvalidTokenAnswer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The single-flight refresher, retry-once on 4100, and the caller's state check, against the sandbox. */
class RefreshAndSessionAgainstSandboxTest extends SandboxIntegrationBase {

    private final List<TokenGrant> saved = new CopyOnWriteArrayList<>();

    private TokenRefresher refresher(TokenGrant initial) {
        return new TokenRefresher(initial, TokenRefresher.withRefreshToken(client, demo.webClientId(),
                demo.webClientSecret()), saved::add, clock);
    }

    @Test
    void fiftyConcurrentRefreshesMakeOneNetworkRefreshAndAllGetTheNewToken() throws Exception {
        TokenGrant initial = signInWebApp();
        clock.step(Duration.ofMinutes(3));
        TokenRefresher refresher = refresher(initial);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<OAuthOutcome>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return refresher.refresh(initial);
                }));
            }
            go.countDown();
            List<String> tokens = new ArrayList<>();
            for (Future<OAuthOutcome> result : results) {
                tokens.add(success(result.get(30, TimeUnit.SECONDS)).accessToken());
            }
            assertThat(tokens).hasSize(50).containsOnly(refresher.current().accessToken())
                    .doesNotContain(initial.accessToken());
        } finally {
            pool.shutdownNow();
        }
        assertThat(sandbox.events().count(EventKind.REFRESH_SERVED)).isEqualTo(1);
        assertThat(sandbox.events().count(EventKind.REFRESH_REUSED)).isZero();
        assertThat(saved).singleElement().isEqualTo(refresher.current());
        assertThat(client.probe(refresher.current().accessToken())).isInstanceOf(OAuthOutcome.Probed.class);
    }

    @Test
    void aSecondHolderOfTheSameRefreshTokenLearnsItWasRotatedAndKeepsItsRecord() throws Exception {
        TokenGrant shared = signInWebApp();
        TokenRefresher firstTab = refresher(shared);
        TokenRefresher secondTab = refresher(shared);

        assertThat(firstTab.refresh()).isInstanceOf(OAuthOutcome.Success.class);
        OAuthOutcome second = secondTab.refresh();

        assertThat(second).isInstanceOfSatisfying(ReauthorizationRequired.class,
                r -> assertThat(r.reason()).isEqualTo(ReauthorizationRequired.Reason.REUSED));
        assertThat(secondTab.current()).isEqualTo(shared);
        assertThat(saved).hasSize(1);
    }

    @Test
    void callWithRetryRefreshesOnceOn4100AndRetries() throws Exception {
        TokenRefresher refresher = refresher(signInWebApp());
        clock.step(Duration.ofMinutes(3));

        OAuthOutcome outcome = refresher.callWithRetry(client::probe);

        assertThat(outcome).isInstanceOf(OAuthOutcome.Probed.class);
        assertThat(sandbox.events().count(EventKind.USERS_ME_REJECTED)).isEqualTo(1);
        assertThat(sandbox.events().count(EventKind.REFRESH_SERVED)).isEqualTo(1);
        assertThat(sandbox.events().count(EventKind.USERS_ME_OK)).isEqualTo(1);
    }

    @Test
    void callWithRetryAlsoReadsA700012006WithHttp200() throws Exception {
        sandbox.faults().answerInvalidTokensWith(InvalidTokenAnswer.CODE_700012006_HTTP_200);
        TokenRefresher refresher = refresher(signInWebApp());
        clock.step(Duration.ofMinutes(3));

        assertThat(refresher.callWithRetry(client::probe)).isInstanceOf(OAuthOutcome.Probed.class);
        assertThat(sandbox.events().count(EventKind.REFRESH_SERVED)).isEqualTo(1);
    }

    @Test
    void callWithRetryStopsAtADeadRefreshToken() throws Exception {
        TokenGrant grant = signInWebApp();
        TokenRefresher refresher = refresher(grant);
        assertThat(client.refresh(demo.webClientId(), grant.refreshToken(), demo.webClientSecret()))
                .isInstanceOf(OAuthOutcome.Success.class); // someone else spent it
        clock.step(Duration.ofMinutes(3));

        assertThat(refresher.callWithRetry(client::probe)).isInstanceOfSatisfying(ReauthorizationRequired.class,
                r -> assertThat(r.reason()).isEqualTo(ReauthorizationRequired.Reason.REUSED));
        assertThat(sandbox.events().count(EventKind.USERS_ME_REJECTED)).isEqualTo(1);
    }

    @Test
    void tamperedStateIsRejectedAndItsCodeNeverExchanged() throws Exception {
        AuthorizationSession session = AuthorizationSession.forWebApp(demo.webClientId(), webRedirect(), random);
        URI callback = consent(client.authorizationUrl(session.request()), "approve");
        URI tampered = URI.create(callback.toString().replace("state=" + session.state(), "state=attacker"));

        assertThat(session.validate(tampered)).isInstanceOf(AuthorizationSession.StateMismatch.class);
        assertThat(session.validate(callback)).isInstanceOf(AuthorizationSession.Code.class);
        assertThat(sandbox.events().count(EventKind.CODE_EXCHANGED)).isZero();
    }

    @Test
    void aCallbackToAnotherRegisteredRedirectIsRejectedByTheSession() throws Exception {
        AuthorizationSession mine = AuthorizationSession.forWebApp(demo.webClientId(), webRedirect(), random);
        AuthorizationSession other = AuthorizationSession.forWebApp(demo.webClientId(),
                demo.webRedirectUris().get(2), random);
        URI callback = consent(client.authorizationUrl(other.request()), "approve");
        URI withMyState = URI.create(callback.toString().replace("state=" + other.state(), "state=" + mine.state()));

        assertThat(mine.validate(withMyState)).isInstanceOf(AuthorizationSession.WrongRedirect.class);
    }

    @Test
    void anUnregisteredRedirectNeverLeavesTheAuthorizePage() throws Exception {
        AuthorizationSession session = AuthorizationSession.forWebApp(demo.webClientId(),
                "http://localhost:8082/oauth/callback/", random);

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(client.authorizationUrl(session.request()))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Location")).isEmpty();
        assertThat(page.body()).contains("invalid request: redirect_uri");
    }

    @Test
    void denyOnTheConsentPageIsConsentDenied() throws Exception {
        AuthorizationSession session = AuthorizationSession.forPkceApp(demo.pkceClientId(), pkceRedirect(), random);

        URI callback = consent(client.authorizationUrl(session.request()), "deny");

        assertThat(session.validate(callback)).isInstanceOf(AuthorizationSession.ConsentDenied.class);
        assertThat(callback.toString()).startsWith(pkceRedirect() + "?error=access_denied");
        assertThat(CozeSandbox.AUTHORIZE_PATH).isEqualTo(client.endpoints().authorizeUri().getPath());
    }
}
