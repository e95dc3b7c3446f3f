package dev.tokendoctor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts a sandbox on a random port with a hand-moved clock and talks to it over real HTTP,
 * with requests written from the protocol reference (no OAuth client code).
 */
abstract class SandboxTestBase {

    static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    static final ObjectMapper MAPPER = new ObjectMapper();

    final MutableClock clock = new MutableClock(START);
    final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    CozeSandbox sandbox;

    SandboxConfig config() {
        // the short demo lifetime: these tests count expiry in seconds
        return SandboxConfig.defaults().withClock(clock).withAccessTokenLifetime(SandboxConfig.SHORT_DEMO_ACCESS_LIFETIME);
    }

    @BeforeEach
    void startSandbox() throws IOException {
        sandbox = CozeSandbox.start(config());
    }

    @AfterEach
    void stopSandbox() {
        sandbox.stop();
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, Object body, String bearer) throws Exception {
        String json = body instanceof String ? (String) body : MAPPER.writeValueAsString(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> token(Map<String, Object> body, String bearer) throws Exception {
        return postJson(CozeSandbox.TOKEN_PATH, body, bearer);
    }

    HttpResponse<String> postForm(String path, Map<String, String> form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(form)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, Object> json(HttpResponse<String> response) throws IOException {
        return MAPPER.readValue(response.body(), new TypeReference<Map<String, Object>>() { });
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Map<String, String> params(Object... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], (String) keyValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** Shows the consent page, then submits its form with {@code decision}; returns the redirect. */
    HttpResponse<String> authorize(Map<String, String> query, String decision) throws Exception {
        HttpResponse<String> page = get(CozeSandbox.AUTHORIZE_PATH + "?" + query(query));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>(query);
        form.put("decision", decision);
        return postForm(CozeSandbox.AUTHORIZE_PATH, form);
    }

    /** The {@code code} of an approved authorization, checked against {@code state}. */
    String approvedCode(Map<String, String> query) throws Exception {
        HttpResponse<String> redirect = authorize(query, "approve");
        assertThat(redirect.statusCode()).isEqualTo(302);
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        Map<String, String> back = Request.parseParams(location.getRawQuery());
        assertThat(back.get("state")).isEqualTo(query.get("state"));
        return back.get("code");
    }

    Map<String, String> webAuthorizeQuery(String state) {
        return params("response_type", "code", "client_id", sandbox.demo().webClientId(),
                "redirect_uri", sandbox.demo().webRedirectUris().get(0), "state", state);
    }

    Map<String, String> pkceAuthorizeQuery(String state, String challenge, String method) {
        return params("response_type", "code", "client_id", sandbox.demo().pkceClientId(),
                "redirect_uri", sandbox.demo().pkceRedirectUris().get(0), "state", state,
                "code_challenge", challenge, "code_challenge_method", method);
    }

    /** Signs in with the web app and returns the token response. */
    Map<String, Object> webTokens() throws Exception {
        String code = approvedCode(webAuthorizeQuery("s1"));
        HttpResponse<String> response = token(body("grant_type", "authorization_code",
                "client_id", sandbox.demo().webClientId(),
                "redirect_uri", sandbox.demo().webRedirectUris().get(0), "code", code),
                sandbox.demo().webClientSecret());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    static void assertOAuthError(HttpResponse<String> response, int status, String error) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        Map<String, Object> body = json(response);
        assertThat(body).containsEntry("error", error).containsEntry("error_code", error)
                .containsKey("error_message");
    }

    static String errorMessage(HttpResponse<String> response) throws IOException {
        return String.valueOf(json(response).get("error_message"));
    }
}
