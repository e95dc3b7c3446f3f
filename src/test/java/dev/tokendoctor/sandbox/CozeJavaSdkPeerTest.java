package dev.tokendoctor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.coze.openapi.client.auth.DeviceAuthResp;
import com.coze.openapi.client.auth.GetJWTAccessTokenReq;
import com.coze.openapi.client.auth.GetPKCEAuthURLResp;
import com.coze.openapi.client.auth.OAuthToken;
import com.coze.openapi.client.exception.CozeAuthException;
import com.coze.openapi.service.auth.DeviceOAuthClient;
import com.coze.openapi.service.auth.JWTOAuthClient;
import com.coze.openapi.service.auth.PKCEOAuthClient;
import com.coze.openapi.service.auth.WebOAuthClient;
import dev.tokendoctor.testing.ConsentBrowser;
import java.net.URI;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official Java SDK ({@code com.coze:coze-api}) runs every flow it supports against the
 * sandbox: web app, PKCE, device code (also for one workspace), refresh with rotation and reuse, and
 * JWT (also for an enterprise account). The sandbox is held to a client Coze wrote, not ours.
 * coze-java signs {@code aud} as the bare host, so this sandbox expects {@code 127.0.0.1}.
 */
class CozeJavaSdkPeerTest {

    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private CozeSandbox sandbox;
    private DemoCredentials demo;
    private ConsentBrowser browser;

    @BeforeEach
    void start() throws Exception {
        sandbox = CozeSandbox.start(SandboxConfig.defaults().withApiHost("127.0.0.1")
                .withDeviceCode(java.time.Duration.ofMinutes(5), java.time.Duration.ofSeconds(1)));
        demo = sandbox.demo();
        browser = new ConsentBrowser(sandbox.baseUrl());
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    @Test
    void webAppSignsInRefreshesWithRotationAndRefusesAReusedRefreshToken() throws Exception {
        WebOAuthClient web = new WebOAuthClient.WebOAuthBuilder().clientID(demo.webClientId())
                .clientSecret(demo.webClientSecret()).baseURL(sandbox.baseUrl()).wwwURL(sandbox.baseUrl()).build();
        String redirect = demo.webRedirectUris().get(0);

        OAuthToken first = web.getAccessToken(codeFrom(web.getOAuthURL(redirect, "state-1")), redirect);
        OAuthToken second = web.refreshToken(first.getRefreshToken());

        assertThat(first.getAccessToken()).startsWith("czu_");
        assertThat(first.getExpiresIn()).isGreaterThan((int) Instant.now().getEpochSecond());
        assertThat(second.getRefreshToken()).isNotEqualTo(first.getRefreshToken());
        assertThatThrownBy(() -> web.refreshToken(first.getRefreshToken())).isInstanceOf(CozeAuthException.class)
                .hasMessageContaining("refresh_token");
    }

    @Test
    void webAppSignsInForOneWorkspace() throws Exception {
        WebOAuthClient web = new WebOAuthClient.WebOAuthBuilder().clientID(demo.webClientId())
                .clientSecret(demo.webClientSecret()).baseURL(sandbox.baseUrl()).wwwURL(sandbox.baseUrl()).build();
        String redirect = demo.webRedirectUris().get(0);
        String url = web.getOAuthURL(redirect, "state-2", "7350000000000000001");

        assertThat(url).contains("/workspace_id/7350000000000000001/authorize");
        assertThat(web.getAccessToken(codeFrom(url), redirect).getAccessToken()).startsWith("czu_");
    }

    @Test
    void pkceAppSignsInWithS256AndRefreshes() throws Exception {
        PKCEOAuthClient pkce = new PKCEOAuthClient.PKCEOAuthBuilder().clientID(demo.pkceClientId())
                .baseURL(sandbox.baseUrl()).wwwURL(sandbox.baseUrl()).build();
        String redirect = demo.pkceRedirectUris().get(0);
        GetPKCEAuthURLResp auth = pkce.genOAuthURL(redirect, "state-3", PKCEOAuthClient.CodeChallengeMethod.S256);

        OAuthToken token = pkce.getAccessToken(codeFrom(auth.getAuthorizationURL()), redirect, auth.getCodeVerifier());

        assertThat(token.getAccessToken()).startsWith("czu_");
        assertThat(pkce.refreshToken(token.getRefreshToken()).getAccessToken()).isNotEqualTo(token.getAccessToken());
    }

    @Test
    void deviceAppGetsACodeForAllAndForOneWorkspaceAndTokensOnceApproved() throws Exception {
        DeviceOAuthClient device = new DeviceOAuthClient.DeviceOAuthBuilder().clientID(demo.deviceClientId())
                .baseURL(sandbox.baseUrl()).build();

        DeviceAuthResp plain = device.getDeviceCode();
        DeviceAuthResp workspace = device.getDeviceCode("7350000000000000001");
        assertThatThrownBy(() -> device.getAccessToken(workspace.getDeviceCode(), false))
                .isInstanceOfSatisfying(CozeAuthException.class, e -> assertThat(e.toString()).contains("authorization_pending"));
        browser.decideDevice(workspace.getVerificationURI(), workspace.getUserCode(), "approve");
        OAuthToken token = device.getAccessToken(workspace.getDeviceCode(), true); // the SDK's own polling loop

        assertThat(plain.getUserCode()).isNotBlank();
        assertThat(token.getAccessToken()).startsWith("czu_");
        assertThat(device.refreshToken(token.getRefreshToken()).getRefreshToken()).isNotEqualTo(token.getRefreshToken());
    }

    @Test
    void jwtAppGetsServiceTokensAlsoForAnEnterpriseAccount() throws Exception {
        JWTOAuthClient jwt = new JWTOAuthClient.JWTOAuthBuilder().clientID(demo.jwtAppId()).publicKey(demo.jwtKid())
                .privateKey(demo.jwtPrivateKeyPem()).baseURL(sandbox.baseUrl()).build();

        OAuthToken own = jwt.getAccessToken();
        OAuthToken account = jwt.getAccessToken(GetJWTAccessTokenReq.builder().ttl(600).accountID(7340000000000000042L).build());

        assertThat(own.getAccessToken()).startsWith("czs_");
        assertThat(own.getRefreshToken()).isNull();
        assertThat(account.getAccessToken()).startsWith("czs_");
        assertThat(account.getExpiresIn()).isBetween((int) Instant.now().getEpochSecond() + 590, (int) Instant.now().getEpochSecond() + 610);
    }

    @Test
    void aJwtFromAnotherRegionsKidIsRefusedAsCozeDoes() throws Exception {
        JWTOAuthClient jwt = new JWTOAuthClient.JWTOAuthBuilder().clientID(demo.jwtAppId()).publicKey("kid-from-coze-com")
                .privateKey(demo.jwtPrivateKeyPem()).baseURL(sandbox.baseUrl()).build();

        assertThatThrownBy(jwt::getAccessToken)
                .isInstanceOfSatisfying(CozeAuthException.class, e -> assertThat(e.toString()).contains("kid not been registred"));
    }

    private String codeFrom(String authorizeUrl) throws Exception {
        URI back = browser.consentRedirect(URI.create(authorizeUrl), "approve");
        Matcher code = CODE.matcher(back.toString());
        assertThat(code.find()).as(back.toString()).isTrue();
        return java.net.URLDecoder.decode(code.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }
}
