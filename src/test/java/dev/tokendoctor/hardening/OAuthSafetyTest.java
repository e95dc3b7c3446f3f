package dev.tokendoctor.hardening;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.CozeRegion;
import dev.tokendoctor.oauth.signin.AuthorizationSession;
import dev.tokendoctor.oauth.signin.SignInNavigation;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.SandboxConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * OAuth safety in the embedded browser (issue 13): state random per attempt and checked, PKCE S256 by
 * default, the redirect caught only on the exact configured URI, the sign-in page kept on the
 * provider's site, no Java object handed to remote pages' JavaScript, TLS never weakened, and the
 * sandbox reachable on loopback only.
 */
class OAuthSafetyTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.tokendoctor");

    @Test
    void stateIsFreshPerAttemptLongAndCheckedAndPkceIsS256() {
        Set<String> states = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            AuthorizationSession session = AuthorizationSession.forPkceApp("cid", "http://localhost:8082/cb", new SecureRandom());
            assertThat(session.state().length()).isGreaterThanOrEqualTo(22); // ≥ 128 bits in base64url
            states.add(session.state());
            if (i == 0) {
                String url = session.authorizationUrl(CozeEndpoints.of(CozeRegion.CN)).toString();
                assertThat(url).contains("code_challenge_method=S256").contains("state=" + session.state());
                assertThat(session.validate(URI.create("http://localhost:8082/cb?code=c&state=other")))
                        .isInstanceOf(AuthorizationSession.StateMismatch.class);
            }
        }
        assertThat(states).hasSize(200);
    }

    @Test
    void theRedirectIsCaughtOnlyOnTheExactUri() {
        String redirect = "http://localhost:8082/oauth/callback";
        assertThat(SignInNavigation.isRedirect(redirect + "?code=c&state=s", redirect)).isTrue();
        assertThat(SignInNavigation.isRedirect("http://LOCALHOST:8082/oauth/callback#x", redirect)).isTrue();
        for (String near : new String[] {redirect + "x?code=c", redirect + "/more", "http://localhost:8082/oauth/callback.evil.example/",
                "http://localhost:8083/oauth/callback", "https://localhost:8082/oauth/callback", "http://evil@localhost:8082/oauth/callback",
                "http://localhost.evil.example:8082/oauth/callback", "not a uri", ""}) {
            assertThat(SignInNavigation.isRedirect(near, redirect)).as(near).isFalse();
        }
    }

    @Test
    void theSignInPageStaysOnTheProvidersSite() {
        String page = "https://www.coze.cn/api/permission/oauth2/authorize?x=1";
        assertThat(SignInNavigation.staysInside("https://www.coze.cn/sign", page)).isTrue();
        assertThat(SignInNavigation.staysInside("https://login.coze.cn/sso", page)).isTrue();
        assertThat(SignInNavigation.staysInside("about:blank", page)).isTrue();
        assertThat(SignInNavigation.staysInside("https://coze.cn.evil.example/", page)).isFalse();
        assertThat(SignInNavigation.staysInside("http://www.coze.cn/downgraded", page)).isFalse();
        assertThat(SignInNavigation.staysInside("https://example.com/", page)).isFalse();
        assertThat(SignInNavigation.forSystemBrowser("https://example.com/")).contains(URI.create("https://example.com/"));
        assertThat(SignInNavigation.forSystemBrowser("file:///etc/passwd")).isEmpty();
        assertThat(SignInNavigation.forSystemBrowser("javascript:alert(1)")).isEmpty();
    }

    @Test
    void noJavaObjectIsHandedToPageScripts() {
        noClasses().should().callMethod(netscape.javascript.JSObject.class, "setMember", String.class, Object.class)
                .orShould().callMethod(netscape.javascript.JSObject.class, "setSlot", int.class, Object.class)
                .because("a Java object reachable from a remote page's JavaScript is a bridge into the app")
                .check(MAIN);
    }

    @Test
    void tlsIsNeverWeakened() {
        noClasses().should().implement(javax.net.ssl.TrustManager.class)
                .orShould().implement(javax.net.ssl.HostnameVerifier.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.hc.client5.http.ssl.NoopHostnameVerifier")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.hc.client5.http.ssl.TrustAllStrategy")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.hc.client5.http.ssl.TrustSelfSignedStrategy")
                .orShould().callMethod(javax.net.ssl.HttpsURLConnection.class, "setDefaultHostnameVerifier", javax.net.ssl.HostnameVerifier.class)
                .because("certificate and host-name checks are what keep a token from reaching someone else")
                .check(MAIN);
    }

    @Test
    void theSandboxListensOnLoopbackOnly() throws Exception {
        Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
        try (CozeSandbox sandbox = CozeSandbox.start(SandboxConfig.defaults())) {
            assertThat(URI.create(sandbox.baseUrl()).getHost()).isEqualTo("127.0.0.1");
            try (Socket local = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
                assertThat(local.isConnected()).isTrue();
            }
            assumeTrue(outside.isPresent(), "this machine has no non-loopback address to try");
            try (Socket remote = new Socket()) {
                remote.connect(new InetSocketAddress(outside.get(), sandbox.port()), 2000);
                throw new AssertionError("the sandbox answered on " + outside.get());
            } catch (java.io.IOException expected) {
                assertThat(expected).isInstanceOfAny(java.net.ConnectException.class, java.net.SocketTimeoutException.class,
                        java.net.NoRouteToHostException.class);
            }
        }
    }
}
