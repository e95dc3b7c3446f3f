package dev.tokendoctor.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.JwtAppCredentials;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.OAuthOutcome.BusinessError;
import dev.tokendoctor.oauth.client.OAuthOutcome.NetworkFailure;
import dev.tokendoctor.oauth.client.OAuthOutcome.OAuthError;
import dev.tokendoctor.oauth.client.OAuthOutcome.ProtocolError;
import dev.tokendoctor.oauth.client.OAuthOutcome.ProtocolError.Problem;
import dev.tokendoctor.oauth.client.OAuthOutcome.ReauthorizationRequired;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.FaultKind;
import dev.tokendoctor.sandbox.InvalidTokenAnswer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every refusal and every fault switch of the sandbox, as the client classifies it. */
class ErrorsAndFaultsAgainstSandboxTest extends SandboxIntegrationBase {

    private JwtAppCredentials jwtApp() {
        return new JwtAppCredentials(demo.jwtAppId(), demo.jwtKid(), demo.jwtPrivateKeyPem());
    }

    private OAuthOutcome refreshOnce() throws Exception {
        TokenGrant grant = signInWebApp();
        return client.refresh(demo.webClientId(), grant.refreshToken(), demo.webClientSecret());
    }

    @Test
    void wrongSecretIsInvalidClientWithTheLogId() throws Exception {
        TokenGrant grant = signInWebApp();

        OAuthOutcome outcome = client.refresh(demo.webClientId(), grant.refreshToken(), "not-the-secret-123");

        assertThat(outcome).isInstanceOfSatisfying(OAuthError.class, e -> {
            assertThat(e.error()).isEqualTo("invalid_client");
            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.logId()).isNotBlank();
        });
    }

    @Test
    void redirectUriMismatchAtTheExchangeIsCozesInvalidRequest() throws Exception {
        var session = dev.tokendoctor.oauth.signin.AuthorizationSession.forWebApp(demo.webClientId(), webRedirect(), random);
        var code = (dev.tokendoctor.oauth.signin.AuthorizationSession.Code)
                session.validate(consent(client.authorizationUrl(session.request()), "approve"));

        OAuthOutcome outcome = client.exchangeCode(demo.webClientId(), demo.webClientSecret(),
                demo.webRedirectUris().get(1), code.code());

        assertThat(outcome).isInstanceOfSatisfying(OAuthError.class, e -> {
            assertThat(e.error()).isEqualTo("invalid_request");
            assertThat(e.message()).isEqualTo("invalid request: redirect_uri");
            assertThat(e.httpStatus()).isEqualTo(400);
        });
    }

    @Test
    void wrongAppTypeForTheFlowIsAccessDeny() {
        OAuthOutcome outcome = client.pollDeviceToken(demo.webClientId(), "whatever-device-code");

        assertThat(outcome).isInstanceOfSatisfying(OAuthError.class, e -> assertThat(e.error()).isEqualTo("access_deny"));
    }

    @Test
    void invalidTokenAnswersAreBusinessErrorsWhateverTheStatus() throws Exception {
        String expired = signInWebApp().accessToken();
        clock.step(Duration.ofMinutes(5));

        assertThat(client.probe(expired)).isInstanceOfSatisfying(BusinessError.class, e -> {
            assertThat(e.code()).isEqualTo(4100);
            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.logId()).isNotBlank();
        });
        sandbox.faults().answerInvalidTokensWith(InvalidTokenAnswer.CODE_4100_HTTP_200);
        assertThat(client.probe(expired)).isInstanceOfSatisfying(BusinessError.class, e -> {
            assertThat(e.code()).isEqualTo(4100);
            assertThat(e.httpStatus()).isEqualTo(200);
        });
        sandbox.faults().answerInvalidTokensWith(InvalidTokenAnswer.CODE_700012006_HTTP_200);
        assertThat(client.probe(expired)).isInstanceOfSatisfying(BusinessError.class, e -> {
            assertThat(e.code()).isEqualTo(BusinessError.ACCESS_TOKEN_INVALID);
            assertThat(e.httpStatus()).isEqualTo(200);
            assertThat(e.tokenRejected()).isTrue();
            assertThat(e.logId()).isNotBlank();
        });
    }

    @Test
    void droppedConnectionIsANetworkFailure() throws Exception {
        TokenGrant grant = signInWebApp();
        sandbox.faults().once(FaultKind.DROP_CONNECTION);

        assertThat(client.probe(grant.accessToken())).isInstanceOfSatisfying(NetworkFailure.class,
                f -> assertThat(f.kind()).isEqualTo(NetworkFailure.Kind.DROPPED));
        assertThat(client.probe(grant.accessToken())).isInstanceOf(OAuthOutcome.Probed.class);
    }

    @Test
    void slowAnswerBeyondTheResponseTimeoutIsATimeout() throws Exception {
        TokenGrant grant = signInWebApp();
        sandbox.faults().delay(Duration.ofMillis(1500), true);
        try (CozeOAuthClient impatient = new CozeOAuthClient(CozeEndpoints.custom(sandbox.baseUrl()),
                clientConfig().withResponseTimeout(Duration.ofMillis(300)), clock, log)) {
            assertThat(impatient.probe(grant.accessToken())).isInstanceOfSatisfying(NetworkFailure.class,
                    f -> assertThat(f.kind()).isEqualTo(NetworkFailure.Kind.TIMEOUT));
        }
    }

    @Test
    void truncatedJsonIsMalformed() throws Exception {
        TokenGrant grant = signInWebApp();
        sandbox.faults().once(FaultKind.MALFORMED_JSON);

        assertThat(client.refresh(demo.webClientId(), grant.refreshToken(), demo.webClientSecret()))
                .isInstanceOfSatisfying(ProtocolError.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
                    assertThat(e.httpStatus()).isEqualTo(200);
                    assertThat(e.logId()).isNotBlank();
                });
    }

    @Test
    void gatewayHtmlPageIsServerTroubleWithTheHtmlInTheSnippet() throws Exception {
        sandbox.faults().once(FaultKind.HTML_ERROR_PAGE);

        assertThat(client.requestDeviceCode(demo.deviceClientId())).isInstanceOfSatisfying(ProtocolError.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(502);
            assertThat(e.problem()).isEqualTo(Problem.SERVER_UNAVAILABLE);
            assertThat(e.snippet()).startsWith("<html>").contains("502 Bad Gateway");
        });
    }

    @Test
    void rateLimitIsRateLimitedEvenWithAnErrorBody() {
        sandbox.faults().tooManyRequests(Duration.ofSeconds(7), true);

        assertThat(client.jwtToken(jwtApp(), Duration.ofSeconds(900))).isInstanceOfSatisfying(ProtocolError.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.RATE_LIMITED);
            assertThat(e.httpStatus()).isEqualTo(429);
        });
    }

    @Test
    void serverErrorsAreNotMistakenForADeadRefreshToken() throws Exception {
        TokenGrant grant = signInWebApp();
        sandbox.faults().once(FaultKind.HTTP_503);
        assertThat(client.refresh(demo.webClientId(), grant.refreshToken(), demo.webClientSecret()))
                .isInstanceOfSatisfying(ProtocolError.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.SERVER_UNAVAILABLE);
                    assertThat(e.httpStatus()).isEqualTo(503);
                });

        sandbox.faults().once(FaultKind.HTTP_500);
        assertThat(client.refresh(demo.webClientId(), grant.refreshToken(), demo.webClientSecret()))
                .isInstanceOfSatisfying(OAuthError.class, e -> {
                    assertThat(e.error()).isEqualTo("internal_error");
                    assertThat(e.httpStatus()).isEqualTo(500);
                    assertThat(e.logId()).isNotBlank();
                });

        // neither fault spent the refresh token
        assertThat(client.refresh(demo.webClientId(), grant.refreshToken(), demo.webClientSecret()))
                .isInstanceOf(OAuthOutcome.Success.class);
    }

    @Test
    void skewedDateIsMeasured() throws Exception {
        sandbox.faults().skewDate(Duration.ofMinutes(10), true);
        client.requestDeviceCode(demo.deviceClientId());
        assertThat(client.lastClockSkew()).hasValueSatisfying(skew ->
                assertThat(skew).isBetween(Duration.ofSeconds(599), Duration.ofSeconds(601)));

        sandbox.faults().skewDate(Duration.ofMinutes(-3), true);
        client.requestDeviceCode(demo.deviceClientId());
        assertThat(client.lastClockSkew()).hasValueSatisfying(skew ->
                assertThat(skew).isBetween(Duration.ofSeconds(-181), Duration.ofSeconds(-179)));

        client.requestDeviceCode(demo.deviceClientId());
        assertThat(client.lastClockSkew()).hasValueSatisfying(skew ->
                assertThat(skew.abs()).isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void regionMismatchIsInvalidClientKidNotRegistered() {
        sandbox.faults().once(FaultKind.REGION_MISMATCH);

        assertThat(client.jwtToken(jwtApp(), Duration.ofSeconds(900))).isInstanceOfSatisfying(OAuthError.class, e -> {
            assertThat(e.error()).isEqualTo("invalid_client");
            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.message()).contains("kid not been registred");
        });
        // the same words for a kid this deployment never registered, without any fault
        JwtAppCredentials otherRegion = new JwtAppCredentials(demo.jwtAppId(), "kid-from-coze-com", demo.jwtPrivateKeyPem());
        assertThat(client.jwtToken(otherRegion, Duration.ofSeconds(900))).isInstanceOfSatisfying(OAuthError.class,
                e -> assertThat(e.message()).contains("kid not been registred"));
    }

    @Test
    void reusedRefreshTokenFaultMeansReauthorization() throws Exception {
        TokenGrant grant = signInWebApp();
        sandbox.faults().once(FaultKind.REUSED_REFRESH_TOKEN);

        assertThat(client.refresh(demo.webClientId(), grant.refreshToken(), demo.webClientSecret()))
                .isInstanceOfSatisfying(ReauthorizationRequired.class,
                        r -> assertThat(r.reason()).isEqualTo(ReauthorizationRequired.Reason.REUSED));
    }

    @Test
    void audienceFollowsTheBaseUrlAndCanBeOverriddenForASandboxPosingAsCn() throws Exception {
        assertThat(sandbox.apiHost()).isEqualTo(client.endpoints().audience());

        try (CozeSandbox posing = CozeSandbox.start(config().withApiHost("api.coze.cn"));
             CozeOAuthClient plain = new CozeOAuthClient(CozeEndpoints.custom(posing.baseUrl()), clientConfig(), clock, log);
             CozeOAuthClient told = new CozeOAuthClient(CozeEndpoints.custom(posing.baseUrl()).withAudience("api.coze.cn"),
                     clientConfig(), clock, log)) {
            JwtAppCredentials app = new JwtAppCredentials(posing.demo().jwtAppId(), posing.demo().jwtKid(),
                    posing.demo().jwtPrivateKeyPem());
            assertThat(plain.jwtToken(app, Duration.ofSeconds(900))).isInstanceOfSatisfying(OAuthError.class,
                    e -> assertThat(e.message()).contains("aud must be api.coze.cn"));
            assertThat(told.jwtToken(app, Duration.ofSeconds(900))).isInstanceOf(OAuthOutcome.Success.class);
        }
    }
}
