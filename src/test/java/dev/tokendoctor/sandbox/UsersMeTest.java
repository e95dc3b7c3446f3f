package dev.tokendoctor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsersMeTest extends SandboxTestBase {

    private HttpResponse<String> me(String token) throws Exception {
        return get(CozeSandbox.USERS_ME_PATH, "Authorization", "Bearer " + token);
    }

    @Test
    void validAccessTokenAnswersTheUser() throws Exception {
        String access = (String) webTokens().get("access_token");
        HttpResponse<String> response = me(access);

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> body = json(response);
        assertThat(body).containsEntry("code", 0).containsEntry("msg", "");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) body.get("data");
        assertThat(data).containsKeys("user_id", "user_name", "nick_name").containsEntry("avatar_url", "");
    }

    @Test
    void expiredTokenAnswers4100WithTheLogIdOfTheResponse() throws Exception {
        String access = (String) webTokens().get("access_token");
        clock.advance(Duration.ofSeconds(120));
        HttpResponse<String> response = me(access);

        assertThat(response.statusCode()).isEqualTo(401);
        Map<String, Object> body = json(response);
        assertThat(body).containsEntry("code", 4100).containsEntry("msg", "authentication is invalid");
        assertThat(body.get("detail")).isEqualTo(Map.of("logid", response.headers().firstValue("X-Tt-Logid").orElseThrow()));
    }

    @Test
    void switchesAnswer4100WithHttp200Or700012006() throws Exception {
        sandbox.faults().answerInvalidTokensWith(InvalidTokenAnswer.CODE_4100_HTTP_200);
        HttpResponse<String> ok4100 = me("czu_unknown");
        assertThat(ok4100.statusCode()).isEqualTo(200);
        assertThat(json(ok4100)).containsEntry("code", 4100);

        sandbox.faults().answerInvalidTokensWith(InvalidTokenAnswer.CODE_700012006_HTTP_200);
        HttpResponse<String> invalid = me("czu_unknown");
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(json(invalid)).containsEntry("code", 700012006);
        assertThat(sandbox.events().count(EventKind.USERS_ME_REJECTED)).isEqualTo(2);
    }

    @Test
    void missingAuthorizationIsRejectedToo() throws Exception {
        HttpResponse<String> response = get(CozeSandbox.USERS_ME_PATH);
        assertThat(json(response)).containsEntry("code", 4100);
    }
}
