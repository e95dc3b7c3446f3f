package dev.tokendoctor.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.OAuthClientConfig;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.oauth.signin.AuthorizationSession;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.DemoCredentials;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.testing.ConsentBrowser;
import dev.tokendoctor.testing.MutableClock;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A sandbox on a random port with a hand-moved clock, the real client pointed at it, and a
 * "browser" (the JDK HTTP client, no redirects) that reads the sandbox's HTML forms and submits
 * them the way a person clicking would.
 */
abstract class SandboxIntegrationBase {

    static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final ExchangeLog log = new ExchangeLog();
    final SecureRandom random = new SecureRandom();
    final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .proxy(ProxySelector.of(null)).connectTimeout(Duration.ofSeconds(5)).build();
    CozeSandbox sandbox;
    DemoCredentials demo;
    CozeOAuthClient client;

    SandboxConfig config() {
        // the short demo lifetime: these tests count expiry in seconds
        return SandboxConfig.defaults().withClock(clock).withAccessTokenLifetime(SandboxConfig.SHORT_DEMO_ACCESS_LIFETIME);
    }

    @BeforeEach
    void startSandboxAndClient() throws IOException {
        sandbox = CozeSandbox.start(config());
        demo = sandbox.demo();
        client = new CozeOAuthClient(CozeEndpoints.custom(sandbox.baseUrl()), clientConfig(), clock, log);
    }

    @AfterEach
    void stopSandboxAndClient() {
        client.close();
        sandbox.stop();
    }

    /** Direct connections: a proxy from the environment must not sit between test and sandbox. */
    static OAuthClientConfig clientConfig() {
        return OAuthClientConfig.defaults().withProxySelector(ProxySelector.of(null));
    }

    String webRedirect() {
        return demo.webRedirectUris().get(0);
    }

    String pkceRedirect() {
        return demo.pkceRedirectUris().get(0);
    }

    /** Opens the authorize URL, reads the consent form and presses {@code decision}; the redirect. */
    URI consent(URI authorizeUrl, String decision) throws Exception {
        HttpResponse<String> answer = new ConsentBrowser(sandbox.baseUrl()).consent(authorizeUrl, decision);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    /** A web-app sign-in through the consent page and the client: the tokens. */
    TokenGrant signInWebApp() throws Exception {
        AuthorizationSession session = AuthorizationSession.forWebApp(demo.webClientId(), webRedirect(), random);
        URI callback = consent(client.authorizationUrl(session.request()), "approve");
        AuthorizationSession.Code code = (AuthorizationSession.Code) session.validate(callback);
        return success(client.exchangeCode(demo.webClientId(), demo.webClientSecret(), webRedirect(), code.code()));
    }

    /** Types {@code userCode} on the device verification page and presses {@code decision}. */
    HttpResponse<String> decideDevice(String verificationUri, String userCode, String decision) throws Exception {
        return new ConsentBrowser(sandbox.baseUrl()).decideDevice(verificationUri, userCode, decision);
    }

    static TokenGrant success(OAuthOutcome outcome) {
        assertThat(outcome).isInstanceOf(OAuthOutcome.Success.class);
        return ((OAuthOutcome.Success) outcome).grant();
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

}
