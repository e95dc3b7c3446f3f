package dev.tokendoctor.oauth.client;

import dev.tokendoctor.core.redact.Redactor;
import java.io.IOException;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one request with httpclient5 (classic API), records it in the exchange log and measures
 * clock skew. No automatic retries (a retried refresh would burn a single-use refresh token), no
 * redirects, no cookies; TLS verification is the JDK default and always on.
 */
final class HttpTransport implements AutoCloseable {

    /** Bodies longer than this are cut: a token answer is a few hundred bytes. */
    private static final int MAX_BODY = 1 << 20;

    /** What to send. {@code secrets} are the literal secrets inside, for the redactor. */
    record Request(String method, URI uri, List<Exchange.Header> headers, String jsonBody,
                   List<String> secrets) {
    }

    /** No answer: carries the typed outcome ({@code NetworkFailure} or {@code Cancelled}). */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient OAuthOutcome outcome;

        Failure(OAuthOutcome outcome) {
            super(outcome.toString(), null, false, false);
            this.outcome = outcome;
        }

        OAuthOutcome outcome() {
            return outcome;
        }
    }

    private final CloseableHttpClient http;
    private final OAuthClientConfig config;
    private final Clock clock;
    private final ExchangeLog log;
    private final ClockSkewMeter skew;

    HttpTransport(OAuthClientConfig config, Clock clock, ExchangeLog log) {
        this.config = config;
        this.clock = clock;
        this.log = log;
        this.skew = new ClockSkewMeter(clock);
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(config.connectTimeout()))
                .setSocketTimeout(Timeout.of(config.responseTimeout()))
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connection)
                        .setMaxConnPerRoute(20).setMaxConnTotal(40)
                        // javax.net.ssl.* (a corporate trust store) is honoured; verification stays on.
                        .useSystemProperties()
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(config.responseTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(config.connectTimeout()))
                        .build())
                .setRoutePlanner(new SystemDefaultRoutePlanner(config.proxySelector()))
                .setUserAgent(config.userAgent())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
    }

    ClockSkewMeter skew() {
        return skew;
    }

    Redactor redactor() {
        return log.redactor();
    }

    HttpAnswer send(Request request) throws Failure {
        HttpUriRequestBase message = new HttpUriRequestBase(request.method(), request.uri());
        List<Exchange.Header> sentHeaders = new ArrayList<>(request.headers());
        request.headers().forEach(h -> message.addHeader(h.name(), h.value()));
        sentHeaders.add(new Exchange.Header("User-Agent", config.userAgent()));
        if (request.jsonBody() != null) {
            message.setEntity(new StringEntity(request.jsonBody(), ContentType.APPLICATION_JSON));
            sentHeaders.add(new Exchange.Header("Content-Type", ContentType.APPLICATION_JSON.toString()));
        }
        Instant startedAt = clock.instant();
        long started = System.nanoTime();
        try {
            HttpAnswer answer = http.execute(message, response -> {
                List<Exchange.Header> headers = new ArrayList<>();
                for (Header h : response.getHeaders()) {
                    headers.add(new Exchange.Header(h.getName(), h.getValue()));
                }
                String body = response.getEntity() == null ? ""
                        : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8, MAX_BODY);
                return new HttpAnswer(response.getCode(), List.copyOf(headers), body);
            });
            skew.measure(answer);
            record(request, sentHeaders, startedAt, started, answer, null);
            return answer;
        } catch (IOException e) {
            OAuthOutcome outcome = Thread.currentThread().isInterrupted()
                    ? new OAuthOutcome.Cancelled("interrupted while talking to " + request.uri().getHost())
                    : FailureClassifier.classify(e, request.uri(), viaProxy(request.uri()));
            String failure = outcome instanceof OAuthOutcome.NetworkFailure
                    ? ((OAuthOutcome.NetworkFailure) outcome).kind() + ": "
                    + ((OAuthOutcome.NetworkFailure) outcome).message() + " (" + e.getClass().getName() + ")"
                    : "CANCELLED";
            record(request, sentHeaders, startedAt, started, null, failure);
            throw new Failure(outcome);
        }
    }

    private boolean viaProxy(URI uri) {
        try {
            List<Proxy> proxies = config.proxySelector().select(uri);
            return proxies != null && proxies.stream().anyMatch(p -> p.type() != Proxy.Type.DIRECT);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void record(Request request, List<Exchange.Header> sentHeaders, Instant startedAt,
                        long started, HttpAnswer answer, String failure) {
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Exchange raw = new Exchange(0, startedAt, request.method(), request.uri().toString(),
                answer == null ? 0 : answer.status(), took, sentHeaders, request.jsonBody(),
                answer == null ? List.of() : answer.headers(), answer == null ? null : answer.body(),
                failure);
        List<String> secrets = new ArrayList<>(request.secrets());
        if (answer != null) {
            secrets.addAll(Redactor.secretValues(answer.body()));
            answer.headers().forEach(h -> secrets.addAll(Redactor.secretValues(h.value())));
        }
        log.record(raw, secrets);
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            // Closing pooled sockets cannot lose data; nothing useful to report.
        }
    }
}
