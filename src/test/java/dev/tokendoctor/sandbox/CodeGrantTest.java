package dev.tokendoctor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeGrantTest extends SandboxTestBase {

    private Map<String, Object> codeBody(String clientId, String redirectUri, String code) {
        return body("grant_type", "authorization_code", "client_id", clientId, "redirect_uri", redirectUri,
                "code", code);
    }

    @Test
    void webAppExchangesCodeForCozeShapedTokensWithAbsoluteExpiry() throws Exception {
        Map<String, Object> tokens = webTokens();

        assertThat((String) tokens.get("access_token")).startsWith("czu_");
        assertThat((String) tokens.get("refresh_token")).isNotBlank().doesNotStartWith("czu_");
        assertThat(tokens).containsEntry("token_type", "Bearer");
        // expires_in is an absolute Unix time: the injected clock plus the 2-minute demo lifetime
        assertThat(((Number) tokens.get("expires_in")).longValue()).isEqualTo(START.getEpochSecond() + 120);
        assertThat(sandbox.events().count(EventKind.CODE_EXCHANGED)).isEqualTo(1);
    }

    @Test
    void everyResponseCarriesAUniqueLogIdAndTheSandboxClockAsDate() throws Exception {
        HttpResponse<String> a = token(body("grant_type", "authorization_code"), null);
        HttpResponse<String> b = token(body("grant_type", "authorization_code"), null);

        String logA = a.headers().firstValue("X-Tt-Logid").orElseThrow();
        assertThat(logA).isNotBlank().isNotEqualTo(b.headers().firstValue("X-Tt-Logid").orElseThrow());
        ZonedDateTime date = ZonedDateTime.parse(a.headers().firstValue("Date").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(date.toInstant()).isEqualTo(START);
        assertThat(a.headers().allValues("Date")).hasSize(1);
        assertThat(a.headers().map()).doesNotContainKey("x-sandbox-date");
    }

    @Test
    void wrongSecretIsInvalidClient() throws Exception {
        String code = approvedCode(webAuthorizeQuery("s"));
        HttpResponse<String> response = token(codeBody(sandbox.demo().webClientId(),
                sandbox.demo().webRedirectUris().get(0), code), "not-the-secret");

        assertOAuthError(response, 401, "invalid_client");
    }

    @Test
    void secretInTheBodyOrMissingIsAnInvalidRequestAboutClientSecret() throws Exception {
        String code = approvedCode(webAuthorizeQuery("s"));
        Map<String, Object> inBody = codeBody(sandbox.demo().webClientId(), sandbox.demo().webRedirectUris().get(0), code);
        inBody.put("client_secret", sandbox.demo().webClientSecret());
        HttpResponse<String> response = token(inBody, null);
        assertOAuthError(response, 400, "invalid_request");
        assertThat(errorMessage(response)).isEqualTo("invalid request: client_secret");

        String code2 = approvedCode(webAuthorizeQuery("s"));
        HttpResponse<String> missing = token(codeBody(sandbox.demo().webClientId(),
                sandbox.demo().webRedirectUris().get(0), code2), null);
        assertOAuthError(missing, 400, "invalid_request");
        assertThat(errorMessage(missing)).isEqualTo("invalid request: client_secret");
    }

    @Test
    void redirectUriMustMatchTheAuthorizeRequest() throws Exception {
        String code = approvedCode(webAuthorizeQuery("s"));
        HttpResponse<String> response = token(codeBody(sandbox.demo().webClientId(),
                sandbox.demo().webRedirectUris().get(1), code), sandbox.demo().webClientSecret());

        assertOAuthError(response, 400, "invalid_request");
        assertThat(errorMessage(response)).isEqualTo("invalid request: redirect_uri");
    }

    @Test
    void codeIsSingleUseAndShortLived() throws Exception {
        String code = approvedCode(webAuthorizeQuery("s"));
        Map<String, Object> request = codeBody(sandbox.demo().webClientId(), sandbox.demo().webRedirectUris().get(0), code);
        assertThat(token(request, sandbox.demo().webClientSecret()).statusCode()).isEqualTo(200);
        assertOAuthError(token(request, sandbox.demo().webClientSecret()), 400, "invalid_request");

        String late = approvedCode(webAuthorizeQuery("s"));
        clock.advance(Duration.ofMinutes(5));
        assertOAuthError(token(codeBody(sandbox.demo().webClientId(), sandbox.demo().webRedirectUris().get(0), late),
                sandbox.demo().webClientSecret()), 400, "invalid_request");
    }

    @Test
    void pkceS256AndPlainSucceedWithTheRightVerifier() throws Exception {
        String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        String code = approvedCode(pkceAuthorizeQuery("s", Randoms.s256(verifier), "S256"));
        Map<String, Object> request = codeBody(sandbox.demo().pkceClientId(), sandbox.demo().pkceRedirectUris().get(0), code);
        request.put("code_verifier", verifier);
        HttpResponse<String> response = token(request, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat((String) json(response).get("access_token")).startsWith("czu_");

        String plainCode = approvedCode(pkceAuthorizeQuery("s", verifier, "plain"));
        Map<String, Object> plain = codeBody(sandbox.demo().pkceClientId(), sandbox.demo().pkceRedirectUris().get(0), plainCode);
        plain.put("code_verifier", verifier);
        assertThat(token(plain, null).statusCode()).isEqualTo(200);
    }

    @Test
    void rfc7636ExampleChallengeIsAccepted() {
        assertThat(Randoms.s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void pkceVerifierMismatchIsRejected() throws Exception {
        String code = approvedCode(pkceAuthorizeQuery("s", Randoms.s256("the-right-verifier-0123456789-abcdefghijkl"), "S256"));
        Map<String, Object> request = codeBody(sandbox.demo().pkceClientId(), sandbox.demo().pkceRedirectUris().get(0), code);
        request.put("code_verifier", "a-wrong-verifier-0123456789-abcdefghijklmnop");
        HttpResponse<String> response = token(request, null);

        assertOAuthError(response, 400, "invalid_request");
        assertThat(errorMessage(response)).isEqualTo("invalid request: code_verifier");
    }

    @Test
    void pkceClientSendingASecretIsAnInvalidRequestAboutClientSecret() throws Exception {
        String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        String code = approvedCode(pkceAuthorizeQuery("s", Randoms.s256(verifier), "S256"));
        Map<String, Object> request = codeBody(sandbox.demo().pkceClientId(), sandbox.demo().pkceRedirectUris().get(0), code);
        request.put("code_verifier", verifier);
        HttpResponse<String> response = token(request, "some-secret");

        assertOAuthError(response, 400, "invalid_request");
        assertThat(errorMessage(response)).isEqualTo("invalid request: client_secret");
    }

    @Test
    void unknownClientUnsupportedGrantWrongAppTypeAndBrokenBody() throws Exception {
        assertOAuthError(token(codeBody("11111111111111111111111111111111.app.coze", "x", "code_x"), "s"),
                401, "invalid_client");
        assertOAuthError(token(body("grant_type", "client_credentials"), null), 400, "unsupported_grant_type");
        assertOAuthError(token(codeBody(sandbox.demo().deviceClientId(), "x", "code_x"), null), 400, "access_deny");
        assertOAuthError(postJson(CozeSandbox.TOKEN_PATH, "{not json", null), 400, "invalid_request");
    }
}
