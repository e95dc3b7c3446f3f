package dev.tokendoctor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RefreshGrantTest extends SandboxTestBase {

    private HttpResponse<String> refresh(String refreshToken) throws Exception {
        return token(body("grant_type", "refresh_token", "client_id", sandbox.demo().webClientId(),
                "refresh_token", refreshToken), sandbox.demo().webClientSecret());
    }

    @Test
    void refreshRotatesAndTheOldRefreshTokenCannotBeUsedTwice() throws Exception {
        Map<String, Object> first = webTokens();
        String oldRefresh = (String) first.get("refresh_token");
        clock.advance(Duration.ofSeconds(100));

        HttpResponse<String> response = refresh(oldRefresh);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Object> second = json(response);
        assertThat(second.get("refresh_token")).isNotEqualTo(oldRefresh);
        assertThat(second.get("access_token")).isNotEqualTo(first.get("access_token"));
        assertThat(((Number) second.get("expires_in")).longValue()).isEqualTo(START.getEpochSecond() + 100 + 120);

        HttpResponse<String> reuse = refresh(oldRefresh);
        assertOAuthError(reuse, 400, "invalid_request");
        assertThat(errorMessage(reuse)).contains("refresh_token", "already been used", "single-use");

        assertThat(refresh((String) second.get("refresh_token")).statusCode()).isEqualTo(200);
        assertThat(sandbox.events().count(EventKind.REFRESH_SERVED)).isEqualTo(2);
        assertThat(sandbox.events().count(EventKind.REFRESH_REUSED)).isEqualTo(1);
    }

    @Test
    void twoConcurrentRefreshesWithOneTokenCannotBothSucceed() throws Exception {
        String refreshToken = (String) webTokens().get("refresh_token");
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> refreshUnchecked(refreshToken));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> refreshUnchecked(refreshToken));

        List<Integer> statuses = List.of(a.get(10, TimeUnit.SECONDS).statusCode(), b.get(10, TimeUnit.SECONDS).statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 400);
        assertThat(sandbox.events().count(EventKind.REFRESH_SERVED)).isEqualTo(1);
    }

    private HttpResponse<String> refreshUnchecked(String refreshToken) {
        try {
            return refresh(refreshToken);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refreshTokensLiveThirtyDays() throws Exception {
        String refreshToken = (String) webTokens().get("refresh_token");
        clock.advance(Duration.ofDays(30));

        HttpResponse<String> response = refresh(refreshToken);
        assertOAuthError(response, 400, "invalid_request");
        assertThat(errorMessage(response)).contains("expired");
    }

    @Test
    void refreshNeedsTheSecretAndTheRightClient() throws Exception {
        String refreshToken = (String) webTokens().get("refresh_token");

        assertOAuthError(token(body("grant_type", "refresh_token", "client_id", sandbox.demo().webClientId(),
                "refresh_token", refreshToken), "wrong"), 401, "invalid_client");
        assertOAuthError(token(body("grant_type", "refresh_token", "client_id", sandbox.demo().pkceClientId(),
                "refresh_token", refreshToken), null), 400, "invalid_request");
        assertOAuthError(refresh("never-issued"), 400, "invalid_request");
        // none of those spent the token
        assertThat(refresh(refreshToken).statusCode()).isEqualTo(200);
    }
}
