package dev.tokendoctor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class CozeTestPageTest extends SandboxTestBase {

    @Test
    void testPageKeepsCozeShapedTokensUnderTheGuidesKey() throws Exception {
        HttpResponse<String> page = get(CozeSandbox.COZE_TEST_PATH);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).contains("text/html");
        assertThat(page.body()).contains("coze_oauth_tokens", "'JWT token获取失败: '",
                "Token expired and refresh failed. Please re-authorize.",
                "重新授权 / Re-authorize", "刷新令牌 / Refresh token",
                "'" + sandbox.demo().pkceClientId() + "'", "/coze-test/oauth/callback",
                "code_verifier", "expires_in * 1000")
                .doesNotContain("{{");
    }

    @Test
    void callbackRouteServesThePageThatFinishesTheExchange() throws Exception {
        HttpResponse<String> page = get("/coze-test/oauth/callback?code=code_x&state=s");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("handleCallback");
    }

    @Test
    void callbackUriIsRegisteredForThePkceApp() throws Exception {
        assertThat(sandbox.demo().pkceRedirectUris()).contains(sandbox.baseUrl() + "/coze-test/oauth/callback");
        assertThat(sandbox.demo().webRedirectUris()).contains("http://localhost:8082/oauth/callback");
        assertThat(sandbox.demo().webClientId()).matches("\\d{32}\\.app\\.coze");
        assertThat(get("/").body()).contains("/coze-test").doesNotContain(sandbox.demo().webClientSecret());
    }
}
