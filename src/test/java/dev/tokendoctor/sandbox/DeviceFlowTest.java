package dev.tokendoctor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviceFlowTest extends SandboxTestBase {

    private Map<String, Object> deviceCode() throws Exception {
        HttpResponse<String> response = postJson(CozeSandbox.DEVICE_CODE_PATH,
                body("client_id", sandbox.demo().deviceClientId()), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private HttpResponse<String> poll(Object deviceCode) throws Exception {
        return token(body("client_id", sandbox.demo().deviceClientId(),
                "grant_type", "urn:ietf:params:oauth:grant-type:device_code", "device_code", deviceCode), null);
    }

    private HttpResponse<String> decide(Object userCode, String decision) throws Exception {
        return postForm(CozeSandbox.DEVICE_VERIFICATION_PATH,
                params("user_code", userCode, "decision", decision, "lang", "en"));
    }

    @Test
    void deviceCodeResponseCarriesADurationNotAnEpoch() throws Exception {
        Map<String, Object> device = deviceCode();

        assertThat(device).containsKeys("device_code", "user_code")
                .containsEntry("verification_uri", sandbox.baseUrl() + CozeSandbox.DEVICE_VERIFICATION_PATH);
        assertThat(((Number) device.get("expires_in")).longValue()).isEqualTo(300);
        assertThat(((Number) device.get("interval")).longValue()).isEqualTo(5);
    }

    @Test
    void pendingThenSlowDownThenApprovedTokens() throws Exception {
        Map<String, Object> device = deviceCode();
        assertOAuthError(poll(device.get("device_code")), 400, "authorization_pending");
        clock.advance(Duration.ofSeconds(2));
        assertOAuthError(poll(device.get("device_code")), 400, "slow_down");
        clock.advance(Duration.ofSeconds(10)); // the interval grew by 5 s to 10 s
        assertOAuthError(poll(device.get("device_code")), 400, "authorization_pending");

        HttpResponse<String> page = get(CozeSandbox.DEVICE_VERIFICATION_PATH + "?lang=en");
        assertThat(page.body()).contains("id=\"approve\"", "id=\"deny\"", "name=\"user_code\"");
        HttpResponse<String> approved = decide(device.get("user_code"), "approve");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.body()).contains("Approved");

        clock.advance(Duration.ofSeconds(10));
        HttpResponse<String> tokens = poll(device.get("device_code"));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        Map<String, Object> body = json(tokens);
        assertThat((String) body.get("access_token")).startsWith("czu_");
        assertThat(body).containsKey("refresh_token");
        assertThat(((Number) body.get("expires_in")).longValue()).isEqualTo(START.getEpochSecond() + 22 + 120);
        assertThat(sandbox.events().count(EventKind.DEVICE_TOKEN_ISSUED)).isEqualTo(1);
    }

    @Test
    void deniedDeviceAnswersAccessDenied() throws Exception {
        Map<String, Object> device = deviceCode();
        assertThat(decide(device.get("user_code"), "deny").body()).contains("Denied");

        assertOAuthError(poll(device.get("device_code")), 400, "access_denied");
    }

    @Test
    void expiredDeviceCodeAnswersExpiredToken() throws Exception {
        Map<String, Object> device = deviceCode();
        clock.advance(Duration.ofSeconds(300));

        assertOAuthError(poll(device.get("device_code")), 400, "expired_token");
        assertThat(decide(device.get("user_code"), "approve").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownUserCodeAndWrongClientType() throws Exception {
        assertThat(decide("ZZZZ-ZZZZ", "approve").statusCode()).isEqualTo(400);
        assertOAuthError(postJson(CozeSandbox.DEVICE_CODE_PATH, body("client_id", sandbox.demo().webClientId()),
                sandbox.demo().webClientSecret()), 400, "access_deny");
        assertOAuthError(postJson(CozeSandbox.DEVICE_CODE_PATH, body("client_id", "nope"), null), 401, "invalid_client");
    }
}
