package dev.tokendoctor.oauth.client;

import dev.tokendoctor.oauth.signin.AuthorizationRequest;
import dev.tokendoctor.oauth.signin.Pkce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Region endpoints, the authorize URL, and PKCE pairs. */
class EndpointsAndPkceTest {

    @Test
    void regionsAndCustomBases() {
        CozeEndpoints cn = CozeEndpoints.of(CozeRegion.CN);
        assertThat(cn.apiBase()).isEqualTo(URI.create("https://api.coze.cn"));
        assertThat(cn.webBase()).isEqualTo(URI.create("https://www.coze.cn"));
        assertThat(cn.audience()).isEqualTo("api.coze.cn");
        assertThat(cn.tokenUri()).isEqualTo(URI.create("https://api.coze.cn/api/permission/oauth2/token"));
        assertThat(cn.region()).contains(CozeRegion.CN);
        assertThat(CozeEndpoints.of(CozeRegion.COM).webBase()).isEqualTo(URI.create("https://www.coze.com"));

        CozeEndpoints derived = CozeEndpoints.custom("https://api.coze.com/");
        assertThat(derived.webBase()).isEqualTo(URI.create("https://www.coze.com"));
        assertThat(derived.region()).contains(CozeRegion.COM);

        CozeEndpoints sandbox = CozeEndpoints.custom("http://127.0.0.1:8123");
        assertThat(sandbox.webBase()).isEqualTo(sandbox.apiBase());
        assertThat(sandbox.audience()).isEqualTo("127.0.0.1:8123");
        assertThat(sandbox.region()).isEmpty();
        assertThat(sandbox.deviceCodeUri().toString()).isEqualTo("http://127.0.0.1:8123/api/permission/oauth2/device/code");
        assertThatThrownBy(() -> CozeEndpoints.custom("ftp://x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void authorizeUrlHasNoScopeAndEncodesTheFragmentSign() {
        Pkce pkce = Pkce.s256("a".repeat(43));
        URI url = AuthorizationRequest.of("1234.app.coze", "http://localhost:8080/cb#/done", "st 1")
                .withPkce(pkce).toUri(CozeEndpoints.of(CozeRegion.CN));

        assertThat(url.toString()).startsWith("https://www.coze.cn/api/permission/oauth2/authorize?response_type=code")
                .contains("&client_id=1234.app.coze")
                .contains("&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcb%23%2Fdone")
                .contains("&state=st%201")
                .contains("&code_challenge=" + pkce.challenge())
                .contains("&code_challenge_method=S256")
                .doesNotContain("scope");
        assertThat(AuthorizationRequest.of("1", "http://x", "s").withWorkspace("7").toUri(CozeEndpoints.of(CozeRegion.COM)))
                .hasToString("https://www.coze.com/api/permission/oauth2/workspace_id/7/authorize"
                        + "?response_type=code&client_id=1&redirect_uri=http%3A%2F%2Fx&state=s");
        assertThatThrownBy(() -> AuthorizationRequest.of("1", "http://x", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pkceFollowsRfc7636() {
        // RFC 7636 appendix B.
        assertThat(Pkce.challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        Pkce generated = Pkce.generate(new SecureRandom());
        assertThat(generated.method()).isEqualTo(Pkce.S256);
        assertThat(generated.verifier()).hasSize(64).matches("[A-Za-z0-9._~-]+");
        assertThat(generated.challenge()).isEqualTo(Pkce.challengeS256(generated.verifier())).doesNotContain("=");
        assertThat(Pkce.generate(new SecureRandom(), 43).verifier()).hasSize(43);
        assertThat(Pkce.generate(new SecureRandom(), 128).verifier()).hasSize(128);
        assertThat(generated.toString()).doesNotContain(generated.verifier());
        assertThatThrownBy(() -> Pkce.generate(new SecureRandom(), 42)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pkce.s256("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
