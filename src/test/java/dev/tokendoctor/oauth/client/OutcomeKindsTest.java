package dev.tokendoctor.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.oauth.client.OAuthOutcome.BusinessError;
import dev.tokendoctor.oauth.client.OAuthOutcome.NetworkFailure;
import dev.tokendoctor.oauth.client.OAuthOutcome.NetworkFailure.Kind;
import dev.tokendoctor.oauth.client.OAuthOutcome.OAuthError;
import dev.tokendoctor.oauth.client.OAuthOutcome.ProtocolError;
import dev.tokendoctor.oauth.client.OAuthOutcome.ProtocolError.Problem;
import dev.tokendoctor.oauth.client.OAuthOutcome.ReauthorizationRequired;
import dev.tokendoctor.oauth.client.OAuthOutcome.ReauthorizationRequired.Reason;
import dev.tokendoctor.oauth.support.CozeJson;
import dev.tokendoctor.oauth.support.DroppingServer;
import dev.tokendoctor.oauth.support.FakeCoze;
import dev.tokendoctor.oauth.support.FakeCoze.Reply;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every outcome kind, from real answers (or real failures) over 127.0.0.1. */
class OutcomeKindsTest {

    private static final String TOKEN_PATH = "/api/permission/oauth2/token";
    private static final String CLIENT_ID = "12345678901234567890123456789012.app.coze";

    private final ExchangeLog log = new ExchangeLog();
    private FakeCoze server;
    private CozeOAuthClient client;

    @BeforeEach
    void start() {
        server = FakeCoze.start();
        client = CozeJson.client(server, Clock.systemUTC(), log);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private OAuthOutcome tokenAnswer(Reply reply) {
        server.on("POST", TOKEN_PATH, r -> reply);
        return client.exchangeCode(CLIENT_ID, "secret-0123456789", "http://localhost/cb", "code_x1");
    }

    private OAuthOutcome probeAnswer(Reply reply) {
        server.on("GET", "/v1/users/me", r -> reply);
        return client.probe("czu_probe-token-01");
    }

    @Test
    void oauthErrorKeepsEveryFieldAndTheLogId() {
        OAuthOutcome outcome = tokenAnswer(Reply.json(400, CozeJson.oauthError("invalid_request",
                "invalid request: redirect_uri")).withHeader("X-Tt-Logid", "202603011000LOGID"));

        assertThat(outcome).isEqualTo(new OAuthError("invalid_request", "invalid_request",
                "invalid request: redirect_uri", null, 400, "202603011000LOGID"));
    }

    @Test
    void errorDescriptionIsReadToo() {
        OAuthOutcome outcome = tokenAnswer(Reply.json(401,
                "{\"error\":\"invalid_client\",\"error_description\":\"kid not been registred\"}"));

        assertThat(outcome).isInstanceOfSatisfying(OAuthError.class, e -> {
            assertThat(e.message()).isEqualTo("kid not been registred");
            assertThat(e.httpStatus()).isEqualTo(401);
        });
    }

    @Test
    void businessErrorIsReadFromCodeEvenWithHttp200() {
        assertThat(probeAnswer(Reply.json(200, CozeJson.business(4100, "authentication is invalid", "LOG4100"))))
                .isEqualTo(new BusinessError(4100, "authentication is invalid", "LOG4100", 200));
        assertThat(probeAnswer(Reply.json(200, CozeJson.business(700012006, "access token invalid", "LOG7"))))
                .isInstanceOfSatisfying(BusinessError.class, e -> assertThat(e.tokenRejected()).isTrue());
        assertThat(probeAnswer(Reply.json(403, CozeJson.business(4101, "no permission", "LOG4101"))))
                .isInstanceOfSatisfying(BusinessError.class, e -> assertThat(e.tokenRejected()).isFalse());
    }

    @Test
    void htmlPageIsAProtocolErrorWithARedactedSnippet() {
        OAuthOutcome outcome = tokenAnswer(Reply.html(200,
                "<html><body>Login again, token czu_leaked-token-0000000001</body></html>"));

        assertThat(outcome).isInstanceOfSatisfying(ProtocolError.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.HTML_PAGE);
            assertThat(e.snippet()).startsWith("<html>").doesNotContain("czu_leaked-token-0000000001");
        });
    }

    @Test
    void malformedJsonAndMissingFieldsAreProtocolErrors() {
        assertThat(tokenAnswer(Reply.json(200, "{\"access_token\": \"czu_x\",")))
                .isInstanceOfSatisfying(ProtocolError.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON));
        assertThat(tokenAnswer(Reply.json(200, "{\"expires_in\": 1720098388}")))
                .isInstanceOfSatisfying(ProtocolError.class, e -> assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD));
        assertThat(tokenAnswer(Reply.json(302, "")))
                .isInstanceOfSatisfying(ProtocolError.class, e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY_BODY));
    }

    @Test
    void serverTroubleAndRateLimitsAreProtocolErrorsWithTheirStatus() {
        assertThat(tokenAnswer(Reply.html(500, "<h1>Internal Server Error</h1>")))
                .isEqualTo(new ProtocolError(500, Problem.SERVER_UNAVAILABLE, "<h1>Internal Server Error</h1>", null));
        assertThat(tokenAnswer(Reply.json(503, "")))
                .isInstanceOfSatisfying(ProtocolError.class, e -> assertThat(e.problem()).isEqualTo(Problem.SERVER_UNAVAILABLE));
        assertThat(tokenAnswer(Reply.json(429, "{\"msg\":\"too many requests\"}")))
                .isInstanceOfSatisfying(ProtocolError.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.RATE_LIMITED);
                    assertThat(e.httpStatus()).isEqualTo(429);
                });
        assertThat(tokenAnswer(Reply.json(429, CozeJson.oauthError("too_many_requests", "slow down"))))
                .isInstanceOfSatisfying(ProtocolError.class, e -> assertThat(e.problem()).isEqualTo(Problem.RATE_LIMITED));
        assertThat(tokenAnswer(Reply.json(500, CozeJson.oauthError("internal_error", "try later"))))
                .isInstanceOfSatisfying(OAuthError.class, e -> assertThat(e.error()).isEqualTo("internal_error"));
    }

    @Test
    void connectionRefusedOnAnUnusedPort() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (CozeOAuthClient refused = new CozeOAuthClient(CozeEndpoints.custom("http://127.0.0.1:" + port),
                CozeJson.testConfig(), Clock.systemUTC(), log)) {
            assertThat(refused.probe("czu_probe-token-01")).isInstanceOfSatisfying(NetworkFailure.class, f -> {
                assertThat(f.kind()).isEqualTo(Kind.REFUSED);
                assertThat(f.causeClass()).contains("Exception");
            });
        }
        assertThat(log.snapshot()).last().satisfies(e -> {
            assertThat(e.status()).isZero();
            assertThat(e.failure()).startsWith("REFUSED");
        });
    }

    @Test
    void unresolvableHostIsDns() {
        try (CozeOAuthClient nowhere = new CozeOAuthClient(CozeEndpoints.custom("https://nonexistent.invalid"),
                CozeJson.testConfig(), Clock.systemUTC(), log)) {
            assertThat(nowhere.probe("czu_probe-token-01")).isInstanceOfSatisfying(NetworkFailure.class,
                    f -> assertThat(f.kind()).isEqualTo(Kind.DNS));
        }
    }

    @Test
    void slowAnswerIsATimeout() {
        server.on("GET", "/v1/users/me", r -> Reply.json(200, CozeJson.me("1", "u")).after(Duration.ofSeconds(3)));
        try (CozeOAuthClient impatient = new CozeOAuthClient(CozeEndpoints.custom(server.baseUrl()),
                CozeJson.testConfig().withResponseTimeout(Duration.ofMillis(300)), Clock.systemUTC(), log)) {
            long started = System.nanoTime();
            assertThat(impatient.probe("czu_probe-token-01")).isInstanceOfSatisfying(NetworkFailure.class,
                    f -> assertThat(f.kind()).isEqualTo(Kind.TIMEOUT));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void droppedConnectionIsDropped() throws IOException {
        try (DroppingServer dropping = new DroppingServer();
             CozeOAuthClient dropped = new CozeOAuthClient(CozeEndpoints.custom(dropping.baseUrl()),
                     CozeJson.testConfig(), Clock.systemUTC(), log)) {
            assertThat(dropped.probe("czu_probe-token-01")).isInstanceOfSatisfying(NetworkFailure.class,
                    f -> assertThat(f.kind()).isEqualTo(Kind.DROPPED));
        }
    }

    @Test
    void tlsToAPlainHttpPortIsTls() throws IOException {
        byte[] plain = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try (DroppingServer plainHttp = new DroppingServer(plain);
             CozeOAuthClient tls = new CozeOAuthClient(CozeEndpoints.custom(plainHttp.baseUrl().replace("http:", "https:")),
                     CozeJson.testConfig(), Clock.systemUTC(), log)) {
            assertThat(tls.probe("czu_probe-token-01")).isInstanceOfSatisfying(NetworkFailure.class,
                    f -> assertThat(f.kind()).isEqualTo(Kind.TLS));
        }
    }

    @Test
    void environmentProxyIsUsedAndAnUnreachableOneIsProxy() throws IOException {
        // The fake server plays the proxy: a plain-HTTP proxy receives the absolute URL.
        server.on("GET", "/v1/users/me", r -> Reply.json(200, CozeJson.me("via-proxy", "p")));
        String proxy = server.baseUrl();
        try (CozeOAuthClient proxied = new CozeOAuthClient(CozeEndpoints.custom("http://api.sandbox.test"),
                CozeJson.testConfig().withProxySelector(new EnvProxySelector(Map.of("HTTP_PROXY", proxy), null)),
                Clock.systemUTC(), log)) {
            assertThat(proxied.probe("czu_probe-token-01")).isInstanceOfSatisfying(OAuthOutcome.Probed.class,
                    p -> assertThat(p.user().userId()).isEqualTo("via-proxy"));
        }
        int unused;
        try (ServerSocket probe = new ServerSocket(0)) {
            unused = probe.getLocalPort();
        }
        try (CozeOAuthClient broken = new CozeOAuthClient(CozeEndpoints.custom("http://api.sandbox.test"),
                CozeJson.testConfig().withProxySelector(new EnvProxySelector(
                        Map.of("http_proxy", "http://127.0.0.1:" + unused), null)), Clock.systemUTC(), log)) {
            assertThat(broken.probe("czu_probe-token-01")).isInstanceOfSatisfying(NetworkFailure.class,
                    f -> assertThat(f.kind()).isEqualTo(Kind.PROXY));
        }
    }

    @Test
    void deadRefreshTokenSaysReauthorizationIsNeededAndWhy() {
        server.on("POST", TOKEN_PATH, r -> Reply.json(400, CozeJson.oauthError("invalid_request",
                "invalid request: refresh_token expired")));
        assertThat(client.refresh(CLIENT_ID, "refresh-dead-0001", null))
                .isInstanceOfSatisfying(ReauthorizationRequired.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.EXPIRED);
                    assertThat(e.evidence()).isInstanceOf(OAuthError.class);
                });

        server.on("POST", TOKEN_PATH, r -> Reply.json(400, CozeJson.oauthError("invalid_grant",
                "refresh token has already been used")));
        assertThat(client.refresh(CLIENT_ID, "refresh-dead-0002", null))
                .isInstanceOfSatisfying(ReauthorizationRequired.class, e -> assertThat(e.reason()).isEqualTo(Reason.REUSED));

        server.on("POST", TOKEN_PATH, r -> Reply.json(401, CozeJson.oauthError("access_deny", "authorization revoked")));
        assertThat(client.refresh(CLIENT_ID, "refresh-dead-0003", null))
                .isInstanceOfSatisfying(ReauthorizationRequired.class, e -> assertThat(e.reason()).isEqualTo(Reason.REVOKED));

        server.on("POST", TOKEN_PATH, r -> Reply.json(401, CozeJson.oauthError("invalid_client", "bad secret")));
        assertThat(client.refresh(CLIENT_ID, "refresh-alive-0004", "wrong-secret-00"))
                .isInstanceOf(OAuthError.class);
    }
}
