package dev.tokendoctor.oauth.signin;

import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.CozeRegion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.oauth.signin.AuthorizationSession.AlreadyUsed;
import dev.tokendoctor.oauth.signin.AuthorizationSession.AuthorizeError;
import dev.tokendoctor.oauth.signin.AuthorizationSession.Code;
import dev.tokendoctor.oauth.signin.AuthorizationSession.ConsentDenied;
import dev.tokendoctor.oauth.signin.AuthorizationSession.MissingCode;
import dev.tokendoctor.oauth.signin.AuthorizationSession.StateMismatch;
import dev.tokendoctor.oauth.signin.AuthorizationSession.WrongRedirect;
import java.net.URI;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** The caller's half of the authorize flow: state, PKCE, and the callback check. */
class AuthorizationSessionTest {

    private static final String CLIENT = "12345678901234567890123456789012.app.coze";
    private static final String REDIRECT = "http://localhost:8082/oauth/callback";
    private final SecureRandom random = new SecureRandom();

    private static URI back(String query) {
        return URI.create(REDIRECT + "?" + query);
    }

    @Test
    void urlCarriesStateAndPkceAndEveryStateIsFresh() {
        AuthorizationSession session = AuthorizationSession.forPkceApp(CLIENT, REDIRECT, random);
        String url = session.authorizationUrl(CozeEndpoints.of(CozeRegion.CN)).toString();

        assertThat(url).startsWith("https://www.coze.cn/api/permission/oauth2/authorize?response_type=code")
                .contains("state=" + session.state(), "code_challenge=" + session.pkce().orElseThrow().challenge(),
                        "code_challenge_method=S256")
                .doesNotContain("scope");
        assertThat(session.state()).hasSizeGreaterThanOrEqualTo(32)
                .isNotEqualTo(AuthorizationSession.forPkceApp(CLIENT, REDIRECT, random).state());
        assertThat(AuthorizationSession.forWebApp(CLIENT, REDIRECT, random).pkce()).isEmpty();
    }

    @Test
    void matchingCallbackYieldsTheCodeAndTheVerifierOnce() {
        AuthorizationSession session = AuthorizationSession.forPkceApp(CLIENT, REDIRECT, random);

        assertThat(session.validate(back("code=code_abc&state=" + session.state())))
                .isEqualTo(new Code("code_abc", session.pkce().orElseThrow().verifier()));
        assertThat(session.validate(back("code=code_abc&state=" + session.state()))).isInstanceOf(AlreadyUsed.class);
    }

    @Test
    void webSessionHasNoVerifierAndAcceptsAnEquivalentHostSpelling() {
        AuthorizationSession session = AuthorizationSession.forWebApp(CLIENT, REDIRECT, random);
        URI callback = URI.create("HTTP://LOCALHOST:8082/oauth/callback?state=" + session.state() + "&code=c1");

        assertThat(session.validate(callback)).isEqualTo(new Code("c1", null));
    }

    @Test
    void tamperedOrMissingStateIsRejectedEvenWithACode() {
        AuthorizationSession session = AuthorizationSession.forWebApp(CLIENT, REDIRECT, random);

        assertThat(session.validate(back("code=c&state=" + session.state() + "x"))).isInstanceOf(StateMismatch.class);
        assertThat(session.validate(back("code=c"))).isInstanceOf(StateMismatch.class);
        assertThat(session.validate(back("error=access_denied&state=forged"))).isInstanceOf(StateMismatch.class);
        // a forged callback does not burn the session
        assertThat(session.validate(back("code=c&state=" + session.state()))).isInstanceOf(Code.class);
    }

    @Test
    void wrongRedirectTargetIsRejected() {
        AuthorizationSession session = AuthorizationSession.forWebApp(CLIENT, REDIRECT, random);
        String q = "?code=c&state=" + session.state();

        assertThat(session.validate(URI.create("http://localhost:8083/oauth/callback" + q))).isInstanceOf(WrongRedirect.class);
        assertThat(session.validate(URI.create("http://evil.example/oauth/callback" + q))).isInstanceOf(WrongRedirect.class);
        assertThat(session.validate(URI.create("https://localhost:8082/oauth/callback" + q))).isInstanceOf(WrongRedirect.class);
        assertThat(session.validate(URI.create("http://localhost:8082/oauth/callback/" + q)))
                .isEqualTo(new WrongRedirect(REDIRECT, "http://localhost:8082/oauth/callback/"));
    }

    @Test
    void denialOtherErrorsAndMissingCode() {
        AuthorizationSession denied = AuthorizationSession.forWebApp(CLIENT, REDIRECT, random);
        assertThat(denied.validate(back("error=access_denied&error_description=the+user+said+no&state=" + denied.state())))
                .isEqualTo(new ConsentDenied("the user said no"));

        AuthorizationSession other = AuthorizationSession.forWebApp(CLIENT, REDIRECT, random);
        assertThat(other.validate(back("error=internal_error&state=" + other.state())))
                .isEqualTo(new AuthorizeError("internal_error", null));

        AuthorizationSession empty = AuthorizationSession.forWebApp(CLIENT, REDIRECT, random);
        assertThat(empty.validate(back("state=" + empty.state()))).isInstanceOf(MissingCode.class);
        assertThat(empty.validate(back("code=&state=" + empty.state()))).isInstanceOf(MissingCode.class);
    }

    @Test
    void audienceCanBeOverriddenForAGatewayOrASandboxPosingAsARegion() {
        CozeEndpoints relay = CozeEndpoints.custom("http://10.0.0.5:8080");
        assertThat(relay.audience()).isEqualTo("10.0.0.5:8080");
        assertThat(relay.withAudience("api.coze.cn").audience()).isEqualTo("api.coze.cn");
        assertThat(relay.withAudience("api.coze.cn").withAudience(null).audience()).isEqualTo("10.0.0.5:8080");
        assertThat(relay.withAudience("api.coze.cn").tokenUri()).isEqualTo(relay.tokenUri());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> relay.withAudience("https://api.coze.cn"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
