package dev.tokendoctor.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.redact.Redactor;
import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.oauth.support.CozeJson;
import dev.tokendoctor.oauth.support.FakeCoze;
import dev.tokendoctor.oauth.support.FakeCoze.Reply;
import dev.tokendoctor.oauth.support.TestKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Canary secrets planted in every request and answer never reach the log unredacted. */
class ExchangeLogRedactionTest {

    private static final String CLIENT_ID = "12345678901234567890123456789012.app.coze";
    private static final String SECRET = "CANARYsecret9f8e7d6c5b4a";
    private static final String CODE = "code_CANARYcode1a2b3c4d5e";
    private static final String VERIFIER = "CANARYverifier" + "x".repeat(40);
    private static final String ACCESS = "czu_CANARYaccess0a1b2c3d4e5f";
    private static final String REFRESH = "CANARYrefresh6f5e4d3c2b1a";
    private static final String NEW_REFRESH = "CANARYnewrefresh11223344";
    private static final String DEVICE = "CANARYdevice99887766";
    private static final String SERVICE = "czs_CANARYservice55443322";

    @Test
    void noSecretAppearsAnywhereInTheLog() {
        String pem = TestKeys.privatePem();
        List<String> seenJwts = new CopyOnWriteArrayList<>();
        ExchangeLog log = new ExchangeLog();
        List<Exchange> heard = new CopyOnWriteArrayList<>();
        log.addListener(heard::add);
        List<OAuthOutcome> outcomes = new ArrayList<>();
        try (FakeCoze server = FakeCoze.start();
             CozeOAuthClient client = CozeJson.client(server, Clock.systemUTC(), log)) {
            server.on("POST", "/api/permission/oauth2/token", r -> {
                String echo = echoOf(r);
                String auth = r.header("Authorization");
                if (auth != null && auth.startsWith("Bearer eyJ")) {
                    String jwt = auth.substring(7);
                    seenJwts.add(jwt);
                    return Reply.json(200, "{\"access_token\":\"" + SERVICE + "\",\"expires_in\":1900000000,"
                            + "\"debug\":\"" + jwt + "\",\"key\":\"" + pem.replace("\n", "\\n") + "\"}")
                            .withHeader("X-Echo", jwt);
                }
                if (r.body().contains("refresh_token")) {
                    return Reply.json(401, CozeJson.oauthError("invalid_client", "bad secret " + echo))
                            .withHeader("Set-Cookie", "session=" + ACCESS).withHeader("X-Tt-Logid", "LOG1");
                }
                return Reply.json(200, "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + NEW_REFRESH
                        + "\",\"expires_in\":1900000000,\"echo\":\"" + echo + "\"}").withHeader("X-Echo", echo);
            });
            server.on("POST", "/api/permission/oauth2/device/code", r -> Reply.json(200,
                    "{\"device_code\":\"" + DEVICE + "\",\"user_code\":\"ABCD\",\"verification_uri\":\"https://x\","
                            + "\"expires_in\":300,\"interval\":5,\"echo\":\"" + echoOf(r) + "\"}"));
            server.on("GET", "/v1/users/me", r -> Reply.html(500, "<p>token " + ACCESS + " refresh " + REFRESH
                    + " jwt " + (seenJwts.isEmpty() ? "" : seenJwts.get(0)) + "</p>"));

            outcomes.add(client.exchangeCode(CLIENT_ID, SECRET, "http://localhost/cb", CODE));
            outcomes.add(client.exchangeCodePkce(CLIENT_ID, "http://localhost/cb", CODE, VERIFIER));
            outcomes.add(client.refresh(CLIENT_ID, REFRESH, SECRET));
            outcomes.add(client.requestDeviceCode(CLIENT_ID));
            outcomes.add(client.pollDeviceToken(CLIENT_ID, DEVICE));
            outcomes.add(client.jwtToken(new JwtAppCredentials("1234567", "kid-1", pem), Duration.ofSeconds(900)));
            outcomes.add(client.probe(ACCESS));
        }

        assertThat(seenJwts).hasSize(1);
        List<String> secrets = new ArrayList<>(List.of(SECRET, CODE, VERIFIER, ACCESS, REFRESH, NEW_REFRESH,
                DEVICE, SERVICE, seenJwts.get(0)));
        String pemBody = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "");
        for (String line : pemBody.split("\n")) {
            if (line.length() > 20) {
                secrets.add(line);
            }
        }
        List<Exchange> kept = log.snapshot();
        assertThat(kept).hasSize(7);
        assertThat(heard).isEqualTo(kept);
        String everything = kept.stream().map(ExchangeLogRedactionTest::flatten).reduce("", String::concat)
                + outcomes;
        for (String secret : secrets) {
            assertThat(everything).doesNotContain(secret);
            assertThat(everything).doesNotContain(secret.substring(4, 16));
        }
        assertThat(everything).doesNotContain("CANARY");
        assertThat(kept.get(0).requestHeaders())
                .contains(new Exchange.Header("Authorization", "Bearer " + Fingerprint.text(SECRET)));
        assertThat(kept.get(0).requestBody()).contains(Fingerprint.text(CODE));
    }

    /** What a careless server repeats back: every value the request carried, header included. */
    private static String echoOf(FakeCoze.Recorded request) {
        StringBuilder echo = new StringBuilder(String.valueOf(request.header("Authorization")));
        request.json().fields().forEachRemaining(f -> echo.append(' ').append(f.getValue().asText()));
        return echo.toString();
    }

    private static String flatten(Exchange e) {
        StringBuilder out = new StringBuilder(e.url()).append('\n').append(e.requestBody()).append('\n')
                .append(e.responseBody()).append('\n').append(e.failure()).append('\n');
        e.requestHeaders().forEach(h -> out.append(h.name()).append(": ").append(h.value()).append('\n'));
        e.responseHeaders().forEach(h -> out.append(h.name()).append(": ").append(h.value()).append('\n'));
        return out.toString();
    }

    @Test
    void urlQueriesAndJsonAreRedactedByName() {
        Redactor redactor = new Redactor();

        String url = redactor.redact("http://localhost/cb?code=abc123def456&state=xyz&access_token=tok-value-0001");
        String json = redactor.redact("{\"refresh_token\" : \"r-value-0001\", \"code\": 4100, \"client_secret\":\"s-1\"}");

        assertThat(url).contains("state=xyz").contains("code=" + Fingerprint.text("abc123def456"))
                .doesNotContain("tok-value-0001");
        assertThat(json).contains("\"code\": 4100").doesNotContain("r-value-0001").doesNotContain("s-1\"");
        assertThat(redactor.redact(url)).isEqualTo(url);
        assertThat(redactor.redact(json)).isEqualTo(json);
    }

    @Test
    void theLogIsBoundedAndListenersCanLeave() {
        ExchangeLog log = new ExchangeLog(new Redactor(), 3);
        List<Long> heard = new CopyOnWriteArrayList<>();
        java.util.function.Consumer<Exchange> listener = e -> heard.add(e.id());
        log.addListener(listener);
        for (int i = 0; i < 5; i++) {
            if (i == 4) {
                log.removeListener(listener);
            }
            log.record(new Exchange(0, Instant.EPOCH, "GET", "http://x/" + i, 200, Duration.ZERO, List.of(), null,
                    List.of(), "{}", null), List.of());
        }
        assertThat(log.snapshot()).extracting(Exchange::id).containsExactly(3L, 4L, 5L);
        assertThat(heard).containsExactly(1L, 2L, 3L, 4L);
    }
}
