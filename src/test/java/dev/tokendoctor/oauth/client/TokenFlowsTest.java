package dev.tokendoctor.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;
import dev.tokendoctor.oauth.signin.AuthorizationRequest;
import dev.tokendoctor.oauth.signin.DeviceAuthorization;
import dev.tokendoctor.oauth.signin.Pkce;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.tokendoctor.oauth.support.CozeJson;
import dev.tokendoctor.oauth.support.FakeCoze;
import dev.tokendoctor.oauth.support.FakeCoze.Recorded;
import dev.tokendoctor.oauth.support.FakeCoze.Reply;
import dev.tokendoctor.oauth.support.MutableClock;
import dev.tokendoctor.oauth.support.TestKeys;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each flow's request shape and the reading of its answer, against a real local HTTP server. */
class TokenFlowsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final long EXPIRES = NOW.getEpochSecond() + 900;
    private static final String CLIENT_ID = "12345678901234567890123456789012.app.coze";
    private static final String SECRET = "client-secret-0123456789abcdef";
    private static final String TOKEN_PATH = "/api/permission/oauth2/token";

    private final MutableClock clock = new MutableClock(NOW);
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

    @Test
    void codeExchangeSendsTheSecretInTheHeaderNotTheBody() {
        server.on("POST", TOKEN_PATH, r -> Reply.json(200, CozeJson.token("czu_access0001", "refresh0001", EXPIRES)));

        OAuthOutcome outcome = client.exchangeCode(CLIENT_ID, SECRET, "http://localhost:8080/cb#x", "code_abc123");

        assertThat(outcome).isInstanceOf(OAuthOutcome.Success.class);
        Recorded sent = server.requests().get(0);
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + SECRET);
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(sent.body()).doesNotContain(SECRET).doesNotContain("client_secret");
        assertThat(sent.json().get("grant_type").asText()).isEqualTo("authorization_code");
        assertThat(sent.json().get("client_id").asText()).isEqualTo(CLIENT_ID);
        assertThat(sent.json().get("redirect_uri").asText()).isEqualTo("http://localhost:8080/cb#x");
        assertThat(sent.json().get("code").asText()).isEqualTo("code_abc123");
        assertThat(sent.json().has("code_verifier")).isFalse();
    }

    @Test
    void expiresInIsReadAsAbsoluteEpochSeconds() {
        server.on("POST", TOKEN_PATH, r -> Reply.json(200, CozeJson.token("czu_access0001", "refresh0001", 1720098388L)));

        TokenGrant grant = client.exchangeCode(CLIENT_ID, SECRET, "http://localhost/cb", "code_1").tokenGrant().orElseThrow();

        assertThat(grant.expiresAt()).isEqualTo(Instant.ofEpochSecond(1720098388L));
        assertThat(grant.obtainedAt()).isEqualTo(NOW);
        assertThat(grant.refreshObtainedAt()).isEqualTo(NOW);
        assertThat(grant.tokenType()).isEqualTo("Bearer");
        assertThat(grant.expiredAt(NOW)).isTrue();
        assertThat(grant.rawFields()).containsEntry("expires_in", 1720098388)
                .doesNotContainValue("czu_access0001").doesNotContainValue("refresh0001");
        assertThat(grant.toString()).doesNotContain("czu_access0001").doesNotContain("refresh0001");
    }

    @Test
    void pkceExchangeSendsTheVerifierAndNoSecret() {
        server.on("POST", TOKEN_PATH, r -> Reply.json(200, CozeJson.token("czu_access0002", "refresh0002", EXPIRES)));
        Pkce pkce = Pkce.s256("v".repeat(43));

        OAuthOutcome outcome = client.exchangeCodePkce(CLIENT_ID, "http://localhost/cb", "code_p", pkce.verifier());

        assertThat(outcome.succeeded()).isTrue();
        Recorded sent = server.requests().get(0);
        assertThat(sent.header("Authorization")).isNull();
        assertThat(sent.json().get("code_verifier").asText()).isEqualTo(pkce.verifier());
        assertThat(sent.json().get("grant_type").asText()).isEqualTo("authorization_code");
    }

    @Test
    void refreshSendsTheRefreshTokenAndTheSecretOnlyWhenGiven() {
        server.on("POST", TOKEN_PATH, r -> Reply.json(200, CozeJson.token("czu_access0003", "refresh0003", EXPIRES)));

        client.refresh(CLIENT_ID, "refresh-old-0001", SECRET);
        client.refresh(CLIENT_ID, "refresh-old-0002", null);

        Recorded web = server.requests().get(0);
        assertThat(web.json().get("grant_type").asText()).isEqualTo("refresh_token");
        assertThat(web.json().get("refresh_token").asText()).isEqualTo("refresh-old-0001");
        assertThat(web.json().get("client_id").asText()).isEqualTo(CLIENT_ID);
        assertThat(web.header("Authorization")).isEqualTo("Bearer " + SECRET);
        assertThat(web.body()).doesNotContain(SECRET);
        assertThat(server.requests().get(1).header("Authorization")).isNull();
    }

    @Test
    void deviceCodeExpiresInIsADuration() {
        server.on("POST", "/api/permission/oauth2/device/code", r -> Reply.json(200,
                "{\"device_code\":\"dev-code-0001\",\"user_code\":\"ABCD-EFGH\",\"verification_uri\":"
                        + "\"https://www.coze.cn/api/permission/oauth2/device/verify\",\"expires_in\":300,\"interval\":5}"));

        OAuthOutcome outcome = client.requestDeviceCode(CLIENT_ID);

        DeviceAuthorization auth = ((OAuthOutcome.DeviceCodeIssued) outcome).authorization();
        assertThat(auth.expiresAt()).isEqualTo(NOW.plusSeconds(300));
        assertThat(auth.interval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(auth.userCode()).isEqualTo("ABCD-EFGH");
        assertThat(server.requests().get(0).json().get("client_id").asText()).isEqualTo(CLIENT_ID);
    }

    @Test
    void jwtFlowSignsVerifiableClaims() {
        server.on("POST", TOKEN_PATH, r -> Reply.json(200, "{\"access_token\":\"czs_service0001\",\"expires_in\":"
                + EXPIRES + ",\"token_type\":\"Bearer\"}"));
        JwtAppCredentials credentials = new JwtAppCredentials("1234567890", "kid-fingerprint-01", TestKeys.privatePem());
        List<String> jtis = new ArrayList<>();

        for (int i = 0; i < 2; i++) {
            assertThat(client.jwtToken(credentials, Duration.ofSeconds(1800)).succeeded()).isTrue();
            Recorded sent = server.requests().get(i);
            String jwt = sent.header("Authorization").substring("Bearer ".length());
            DecodedJWT decoded = JWT.require(Algorithm.RSA256((RSAPublicKey) TestKeys.pair().getPublic(), null))
                    .acceptLeeway(Long.MAX_VALUE / 2000).build().verify(jwt);
            assertThat(decoded.getKeyId()).isEqualTo("kid-fingerprint-01");
            assertThat(decoded.getType()).isEqualTo("JWT");
            assertThat(decoded.getAlgorithm()).isEqualTo("RS256");
            assertThat(decoded.getIssuer()).isEqualTo("1234567890");
            assertThat(decoded.getAudience()).containsExactly(server.baseUrl().substring("http://".length()));
            assertThat(decoded.getIssuedAtAsInstant()).isEqualTo(NOW);
            assertThat(decoded.getExpiresAtAsInstant()).isAfter(NOW);
            jtis.add(decoded.getId());
            assertThat(sent.json().get("grant_type").asText()).isEqualTo("urn:ietf:params:oauth:grant-type:jwt-bearer");
            assertThat(sent.json().get("duration_seconds").asLong()).isEqualTo(1800);
        }
        assertThat(jtis).doesNotHaveDuplicates().doesNotContainNull();
    }

    @Test
    void jwtFlowRefusesAClientIdAsIssuerAndAPkcs1Key() {
        OAuthOutcome clientId = client.jwtToken(new JwtAppCredentials(CLIENT_ID, "kid", TestKeys.privatePem()),
                Duration.ofSeconds(900));
        OAuthOutcome pkcs1 = client.jwtToken(new JwtAppCredentials("123", "kid",
                "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"), Duration.ofSeconds(900));

        assertThat(clientId).isInstanceOfSatisfying(OAuthOutcome.InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("appId"));
        assertThat(pkcs1).isInstanceOfSatisfying(OAuthOutcome.InvalidInput.class,
                e -> assertThat(e.message()).contains("PKCS#8"));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void probeSendsTheAccessTokenAndReadsTheUser() {
        server.on("GET", "/v1/users/me", r -> Reply.json(200, CozeJson.me("7400000000000000001", "doctor")));

        OAuthOutcome outcome = client.probe("czu_probe0001");

        assertThat(outcome).isInstanceOfSatisfying(OAuthOutcome.Probed.class,
                p -> assertThat(p.user().userId()).isEqualTo("7400000000000000001"));
        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer czu_probe0001");
    }

    @Test
    void clockSkewIsMeasuredFromTheDateHeader() {
        // The JDK server always stamps its real Date header: skew our clock instead.
        server.on("GET", "/v1/users/me", r -> Reply.json(200, CozeJson.me("1", "u")));
        MutableClock slow = new MutableClock(Instant.now().minus(Duration.ofMinutes(5)));
        try (CozeOAuthClient skewed = CozeJson.client(server, slow, new ExchangeLog())) {
            assertThat(skewed.lastClockSkew()).isEmpty();

            skewed.probe("czu_probe0002");

            assertThat(skewed.lastClockSkew()).hasValueSatisfying(skew -> assertThat(skew)
                    .isBetween(Duration.ofSeconds(297), Duration.ofSeconds(303)));
        }
    }
}
