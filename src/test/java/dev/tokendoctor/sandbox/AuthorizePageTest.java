package dev.tokendoctor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizePageTest extends SandboxTestBase {

    @Test
    void consentPageNamesTheClientAndOffersApproveAndDenyInChinese() throws Exception {
        HttpResponse<String> page = get(CozeSandbox.AUTHORIZE_PATH + "?" + query(webAuthorizeQuery("abc")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("text/html"));
        assertThat(page.body()).contains("Token Doctor Web Demo", "id=\"approve\"", "id=\"deny\"",
                "<form method=\"post\"", "授权", "拒绝");
    }

    @Test
    void languageFollowsLangParameterThenAcceptLanguage() throws Exception {
        String q = query(webAuthorizeQuery("abc"));
        assertThat(get(CozeSandbox.AUTHORIZE_PATH + "?" + q + "&lang=en").body()).contains("Approve", "Deny");
        assertThat(get(CozeSandbox.AUTHORIZE_PATH + "?" + q, "Accept-Language", "en-US,en;q=0.9").body())
                .contains("Approve");
        assertThat(get(CozeSandbox.AUTHORIZE_PATH + "?" + q, "Accept-Language", "zh-CN").body())
                .contains("授权请求");
    }

    @Test
    void approveRedirectsWithCodeAndState() throws Exception {
        HttpResponse<String> redirect = authorize(webAuthorizeQuery("xyz 1"), "approve");

        assertThat(redirect.statusCode()).isEqualTo(302);
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(sandbox.demo().webRedirectUris().get(0) + "?code=code_");
        assertThat(Request.parseParams(location.getRawQuery())).containsEntry("state", "xyz 1");
        assertThat(sandbox.events().count(EventKind.AUTHORIZE_APPROVED)).isEqualTo(1);
    }

    @Test
    void denyRedirectsWithAccessDeniedAndState() throws Exception {
        HttpResponse<String> redirect = authorize(webAuthorizeQuery("st"), "deny");

        assertThat(redirect.statusCode()).isEqualTo(302);
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        Map<String, String> back = Request.parseParams(location.getRawQuery());
        assertThat(back).containsEntry("error", "access_denied").containsEntry("state", "st")
                .containsKey("error_description").doesNotContainKey("code");
    }

    @Test
    void workspaceAuthorizePathWorksToo() throws Exception {
        String path = "/api/permission/oauth2/workspace_id/7400000000000000001/authorize";
        HttpResponse<String> page = get(path + "?" + query(webAuthorizeQuery("w")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("action=\"" + path + "\"");

        Map<String, String> form = webAuthorizeQuery("w");
        form.put("decision", "approve");
        HttpResponse<String> redirect = postForm(path, form);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).contains("code=code_");
    }

    @Test
    void unregisteredRedirectUriShowsAnErrorPageAndNeverRedirects() throws Exception {
        Map<String, String> q = webAuthorizeQuery("s");
        q.put("redirect_uri", "http://localhost:8082/oauth/callback/");
        HttpResponse<String> page = get(CozeSandbox.AUTHORIZE_PATH + "?" + query(q));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Location")).isEmpty();
        assertThat(page.body()).contains("invalid request: redirect_uri");

        q.put("decision", "approve");
        assertThat(postForm(CozeSandbox.AUTHORIZE_PATH, q).statusCode()).isEqualTo(400);
    }

    @Test
    void missingStateIsRejected() throws Exception {
        Map<String, String> q = webAuthorizeQuery("s");
        q.remove("state");
        HttpResponse<String> page = get(CozeSandbox.AUTHORIZE_PATH + "?" + query(q));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("invalid request: state");
    }

    @Test
    void wrongResponseTypeAndUnknownClientAreRejected() throws Exception {
        Map<String, String> q = webAuthorizeQuery("s");
        q.put("response_type", "token");
        assertThat(get(CozeSandbox.AUTHORIZE_PATH + "?" + query(q)).statusCode()).isEqualTo(400);

        q = webAuthorizeQuery("s");
        q.put("client_id", "12345678901234567890123456789012.app.coze");
        assertThat(get(CozeSandbox.AUTHORIZE_PATH + "?" + query(q)).body()).contains("invalid request: client_id");
    }

    @Test
    void pkceClientMustSendAChallengeWithAKnownMethod() throws Exception {
        Map<String, String> q = pkceAuthorizeQuery("s", "abc", "S256");
        q.remove("code_challenge");
        assertThat(get(CozeSandbox.AUTHORIZE_PATH + "?" + query(q)).body())
                .contains("invalid request: code_challenge");

        q = pkceAuthorizeQuery("s", "abc", "S512");
        assertThat(get(CozeSandbox.AUTHORIZE_PATH + "?" + query(q)).statusCode()).isEqualTo(400);
    }
}
