package dev.tokendoctor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class FaultsTest extends SandboxTestBase {

    private HttpResponse<String> anyTokenCall() throws Exception {
        return token(body("grant_type", "refresh_token", "client_id", sandbox.demo().pkceClientId(),
                "refresh_token", "unknown"), null);
    }

    @Test
    void delayHoldsTheAnswerThenDisarms() throws Exception {
        sandbox.faults().delay(Duration.ofMillis(300), true);
        long start = System.nanoTime();
        HttpResponse<String> response = anyTokenCall();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertOAuthError(response, 400, "invalid_request");
        assertThat(sandbox.faults().armedKinds()).isEmpty();
    }

    @Test
    void http500And503() throws Exception {
        sandbox.faults().once(FaultKind.HTTP_500);
        assertOAuthError(anyTokenCall(), 500, "internal_error");

        sandbox.faults().once(FaultKind.HTTP_503);
        assertThat(anyTokenCall().statusCode()).isEqualTo(503);
        assertThat(anyTokenCall().statusCode()).isEqualTo(400);
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() throws Exception {
        sandbox.faults().tooManyRequests(Duration.ofSeconds(7), true);
        HttpResponse<String> response = anyTokenCall();

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
    }

    @Test
    void droppedConnectionGivesNoResponseAtAll() {
        sandbox.faults().once(FaultKind.DROP_CONNECTION);

        assertThatThrownBy(this::anyTokenCall).isInstanceOf(IOException.class);
        assertThat(sandbox.events().count(EventKind.FAULT_INJECTED)).isEqualTo(1);
    }

    @Test
    void malformedJsonBody() throws Exception {
        sandbox.faults().once(FaultKind.MALFORMED_JSON);
        HttpResponse<String> response = anyTokenCall();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/json");
        assertThatThrownBy(() -> json(response)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void htmlErrorPageInsteadOfJson() throws Exception {
        sandbox.faults().once(FaultKind.HTML_ERROR_PAGE);
        HttpResponse<String> response = get(CozeSandbox.USERS_ME_PATH);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("text/html");
        assertThat(response.body()).contains("<html>", "Bad Gateway");
    }

    @Test
    void skewedDateHeader() throws Exception {
        sandbox.faults().skewDate(Duration.ofMinutes(-10), true);
        HttpResponse<String> response = anyTokenCall();

        ZonedDateTime date = ZonedDateTime.parse(response.headers().firstValue("Date").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(date.toInstant()).isEqualTo(START.minus(Duration.ofMinutes(10)));
        assertThat(response.headers().allValues("Date")).hasSize(1);
    }

    @Test
    void regionMismatchAnswer() throws Exception {
        sandbox.faults().once(FaultKind.REGION_MISMATCH);
        HttpResponse<String> response = anyTokenCall();

        assertOAuthError(response, 401, "invalid_client");
        assertThat(errorMessage(response)).isEqualTo("invalid jwt: kid not been registred");
    }

    @Test
    void reusedRefreshTokenAnswerLeavesTheRealTokenUnspent() throws Exception {
        String refreshToken = (String) webTokens().get("refresh_token");
        sandbox.faults().once(FaultKind.REUSED_REFRESH_TOKEN);
        var request = body("grant_type", "refresh_token", "client_id", sandbox.demo().webClientId(),
                "refresh_token", refreshToken);

        HttpResponse<String> faulted = token(request, sandbox.demo().webClientSecret());
        assertOAuthError(faulted, 400, "invalid_request");
        assertThat(errorMessage(faulted)).contains("already been used");
        assertThat(token(request, sandbox.demo().webClientSecret()).statusCode()).isEqualTo(200);
    }

    @Test
    void alwaysKeepsFailingUntilCleared() throws Exception {
        sandbox.faults().always(FaultKind.HTTP_503);
        assertThat(anyTokenCall().statusCode()).isEqualTo(503);
        assertThat(anyTokenCall().statusCode()).isEqualTo(503);
        assertThat(sandbox.faults().armedKinds()).containsExactly(FaultKind.HTTP_503);

        sandbox.faults().clear(FaultKind.HTTP_503);
        assertThat(anyTokenCall().statusCode()).isEqualTo(400);
    }

    @Test
    void pagesAreNeverFaulted() throws Exception {
        sandbox.faults().always(FaultKind.HTTP_500);
        assertThat(get(CozeSandbox.AUTHORIZE_PATH + "?" + query(webAuthorizeQuery("s"))).statusCode()).isEqualTo(200);
        assertThat(get(CozeSandbox.COZE_TEST_PATH).statusCode()).isEqualTo(200);
        sandbox.faults().clearAll();
    }
}
