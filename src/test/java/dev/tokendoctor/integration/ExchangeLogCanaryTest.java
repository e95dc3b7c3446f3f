package dev.tokendoctor.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.oauth.client.Exchange;
import dev.tokendoctor.oauth.client.JwtAppCredentials;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.oauth.signin.DeviceAuthorization;
import dev.tokendoctor.sandbox.FaultKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Plants a secret in every kind of request the client sends, runs them against the sandbox
 * (successes, refusals and faults), and checks that neither the exchange log nor any outcome
 * holds a single one of them, or of the secrets the sandbox handed out, unredacted.
 */
class ExchangeLogCanaryTest extends SandboxIntegrationBase {

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}");

    @Test
    void noSecretSurvivesIntoTheLogOrTheOutcomes() throws Exception {
        List<String> secrets = new ArrayList<>();
        List<OAuthOutcome> outcomes = new ArrayList<>();
        String canarySecret = "CANARY-client-secret-7f3a9c21";
        String canaryCode = "code_CANARY-code-5b8e1d44";
        String canaryVerifier = "CANARY-verifier-" + "v".repeat(40);
        String canaryRefresh = "CANARY-refresh-2c9d7e61aa";
        String canaryDevice = "CANARY-device-code-91ab3e";
        String canaryAccess = "czu_CANARYaccess0000000000000001";
        String canaryOpaque = "CANARY-opaque-access-6d2f";
        secrets.addAll(List.of(canarySecret, canaryCode, canaryVerifier, canaryRefresh, canaryDevice,
                canaryAccess, canaryOpaque, demo.webClientSecret()));

        // planted secrets, refused by the sandbox
        outcomes.add(client.exchangeCode(demo.webClientId(), canarySecret, webRedirect(), canaryCode));
        outcomes.add(client.exchangeCodePkce(demo.pkceClientId(), pkceRedirect(), canaryCode, canaryVerifier));
        outcomes.add(client.refresh(demo.webClientId(), canaryRefresh, demo.webClientSecret()));
        outcomes.add(client.refresh(demo.webClientId(), canaryRefresh, canarySecret));
        outcomes.add(client.pollDeviceToken(demo.deviceClientId(), canaryDevice));
        outcomes.add(client.probe(canaryAccess));
        outcomes.add(client.probe(canaryOpaque));

        // real secrets the sandbox issues, on success and under faults
        TokenGrant grant = signInWebApp();
        OAuthOutcome refreshed = client.refresh(demo.webClientId(), grant.refreshToken(), demo.webClientSecret());
        TokenGrant second = success(refreshed);
        outcomes.add(refreshed);
        outcomes.add(client.refresh(demo.webClientId(), grant.refreshToken(), demo.webClientSecret())); // reused
        sandbox.faults().once(FaultKind.MALFORMED_JSON);
        outcomes.add(client.refresh(demo.webClientId(), second.refreshToken(), demo.webClientSecret()));
        sandbox.faults().once(FaultKind.DROP_CONNECTION);
        outcomes.add(client.probe(second.accessToken()));
        outcomes.add(client.probe(second.accessToken()));
        OAuthOutcome device = client.requestDeviceCode(demo.deviceClientId());
        DeviceAuthorization authorization = ((OAuthOutcome.DeviceCodeIssued) device).authorization();
        outcomes.add(device);
        outcomes.add(client.pollDeviceToken(demo.deviceClientId(), authorization.deviceCode()));
        JwtAppCredentials jwtApp = new JwtAppCredentials(demo.jwtAppId(), demo.jwtKid(), demo.jwtPrivateKeyPem());
        OAuthOutcome service = client.jwtToken(jwtApp, Duration.ofSeconds(900));
        outcomes.add(service);
        sandbox.faults().once(FaultKind.REGION_MISMATCH);
        outcomes.add(client.jwtToken(jwtApp, Duration.ofSeconds(900)));
        secrets.addAll(List.of(grant.accessToken(), grant.refreshToken(), second.accessToken(),
                second.refreshToken(), authorization.deviceCode(), success(service).accessToken()));
        secrets.addAll(pemLines(demo.jwtPrivateKeyPem()));

        List<Exchange> exchanges = log.snapshot();
        assertThat(exchanges).hasSize(17); // one per call above, the drop included
        StringBuilder everything = new StringBuilder();
        for (Exchange e : exchanges) {
            everything.append(e).append('\n');
        }
        outcomes.forEach(o -> everything.append(o).append('\n'));
        String text = everything.toString();

        for (String secret : secrets) {
            assertThat(text).as("a secret of length %d starting %s", secret.length(), secret.substring(0, 4))
                    .doesNotContain(secret);
        }
        assertThat(JWT.matcher(text).find()).as("a signed JWT in the log").isFalse();
        // the log still says what happened: fingerprints, statuses, log ids
        assertThat(exchanges).anySatisfy(e -> assertThat(e.requestHeaders())
                .anySatisfy(h -> assertThat(h.value()).startsWith("Bearer ").contains("…(")));
        assertThat(exchanges).anySatisfy(e -> assertThat(e.failure()).startsWith("DROPPED"));
        assertThat(exchanges).allSatisfy(e -> assertThat(e.status() == 0 || e.responseHeader("X-Tt-Logid").isPresent())
                .isTrue());
    }

    /** The base64 lines of a PEM: any one of them in the log would leak part of the key. */
    private static List<String> pemLines(String pem) {
        List<String> lines = new ArrayList<>();
        for (String line : pem.split("\n")) {
            if (!line.startsWith("-----") && line.length() >= 16) {
                lines.add(line);
            }
        }
        return lines;
    }
}
