package dev.tokendoctor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.OAuthClientConfig;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.DemoCredentials;
import dev.tokendoctor.sandbox.SandboxConfig;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;

/**
 * What the client adds to a refresh: {@link CozeOAuthClient#refresh} (httpclient5, JSON building,
 * response reading, redaction, exchange log, failure classification) against a bare JDK
 * {@link HttpClient} POST of the same JSON body, both against one sandbox on 127.0.0.1 with no
 * faults, interleaved so drift hits both alike. Refresh tokens are single-use, so a pool of fresh
 * ones (one sign-in each) is prepared before anything is timed.
 *
 * <pre>scripts/bench-refresh.sh [--warmup N] [--iterations N]</pre>
 */
public final class RefreshOverheadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CozeSandbox sandbox;
    private final DemoCredentials demo;
    private final HttpClient bare = HttpClient.newBuilder().proxy(ProxySelector.of(null))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI tokenUri;

    private RefreshOverheadBenchmark(CozeSandbox sandbox) {
        this.sandbox = sandbox;
        this.demo = sandbox.demo();
        this.tokenUri = URI.create(sandbox.baseUrl() + CozeSandbox.TOKEN_PATH);
    }

    public static void main(String[] args) throws Exception {
        int warmup = option(args, "--warmup", 300);
        int iterations = option(args, "--iterations", 2000);
        SandboxConfig config = SandboxConfig.defaults().withAccessTokenLifetime(Duration.ofHours(1));
        try (CozeSandbox sandbox = CozeSandbox.start(config);
             CozeOAuthClient client = new CozeOAuthClient(CozeEndpoints.custom(sandbox.baseUrl()),
                     OAuthClientConfig.defaults().withProxySelector(ProxySelector.of(null)),
                     Clock.systemUTC(), new ExchangeLog())) {
            new RefreshOverheadBenchmark(sandbox).run(client, warmup, iterations);
        }
    }

    private void run(CozeOAuthClient client, int warmup, int iterations) throws Exception {
        int rounds = warmup + iterations;
        System.out.printf(Locale.ROOT, "preparing %d fresh refresh tokens (one sign-in each)...%n", 2 * rounds);
        Deque<String> pool = new ArrayDeque<>();
        for (int i = 0; i < 2 * rounds; i++) {
            pool.add(signIn(i));
        }
        long[] viaClient = new long[iterations];
        long[] viaBare = new long[iterations];
        for (int i = 0; i < rounds; i++) {
            long c = timeClient(client, pool.removeFirst());
            long b = timeBare(pool.removeFirst());
            if (i >= warmup) {
                viaClient[i - warmup] = c;
                viaBare[i - warmup] = b;
            }
        }
        System.out.printf(Locale.ROOT, "%d measured refreshes each after %d warm-up, sandbox %s, faults off%n",
                iterations, warmup, sandbox.baseUrl());
        report("CozeOAuthClient.refresh", viaClient);
        report("bare HttpClient POST", viaBare);
        System.out.printf(Locale.ROOT, "ratio client/bare: mean %.2fx, p50 %.2fx, p99 %.2fx%n",
                mean(viaClient) / mean(viaBare), pct(viaClient, 50) / pct(viaBare, 50),
                pct(viaClient, 99) / pct(viaBare, 99));
    }

    private long timeClient(CozeOAuthClient client, String refreshToken) {
        long start = System.nanoTime();
        OAuthOutcome outcome = client.refresh(demo.webClientId(), refreshToken, demo.webClientSecret());
        long took = System.nanoTime() - start;
        if (!(outcome instanceof OAuthOutcome.Success)) {
            throw new IllegalStateException("client refresh failed: " + outcome);
        }
        return took;
    }

    private long timeBare(String refreshToken) throws Exception {
        long start = System.nanoTime();
        String body = "{\"grant_type\":\"refresh_token\",\"client_id\":\"" + demo.webClientId()
                + "\",\"refresh_token\":\"" + refreshToken + "\"}";
        HttpResponse<String> response = bare.send(HttpRequest.newBuilder(tokenUri)
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + demo.webClientSecret())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("bare refresh failed: HTTP " + response.statusCode());
        }
        return took;
    }

    /** Approves the web app's consent form and exchanges the code: a fresh refresh token. */
    private String signIn(int n) throws Exception {
        String redirect = demo.webRedirectUris().get(0);
        String form = "response_type=code&client_id=" + enc(demo.webClientId()) + "&redirect_uri=" + enc(redirect)
                + "&state=s" + n + "&decision=approve";
        HttpResponse<String> consent = bare.send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl() + CozeSandbox.AUTHORIZE_PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = consent.headers().firstValue("Location").orElseThrow();
        String code = location.replaceFirst(".*[?&]code=([^&]+).*", "$1");
        String body = JSON.writeValueAsString(java.util.Map.of("grant_type", "authorization_code",
                "client_id", demo.webClientId(), "redirect_uri", redirect, "code", code));
        HttpResponse<String> token = bare.send(HttpRequest.newBuilder(tokenUri)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + demo.webClientSecret())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode node = JSON.readTree(token.body());
        return node.get("refresh_token").asText();
    }

    private static void report(String name, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-24s mean %7.1f µs   p50 %7.1f µs   p99 %7.1f µs%n",
                name, mean(nanos) / 1000, pct(nanos, 50) / 1000, pct(nanos, 99) / 1000);
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(Double.NaN);
    }

    /** Nearest-rank percentile. */
    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
