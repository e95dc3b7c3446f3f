package dev.tokendoctor.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fifty strings the three old redactors let through (issue 13, item 9), each carrying a secret
 * marked {@code CANARY}: none may survive the one redactor, and redacting twice changes nothing.
 */
class TrickyStringsTest {

    private static final String PEM_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7CANARYpemBODY";

    static Stream<String> tricky() {
        String longKey = "-----BEGIN PRIVATE KEY-----\\n" + (PEM_BODY + "\\n").repeat(30) + "-----END PRIVATE KEY-----\\n";
        return Stream.of(
                "COZE_APPSECRET=CANARYapp1secret",
                "DB_PASS=CANARYpass2",
                "OPENAI_APIKEY=CANARYkey3abc",
                "GITHUB_ACCESSTOKEN=CANARYtok4abc",
                "PROXY_AUTH=CANARYauth5",
                "HTTPS_PROXY=socks5://CANARYuser6:CANARYpw6@proxy.example:1080",
                "ALL_PROXY=socks5h://CANARYuser7only@proxy.example:1080",
                "X-Coze-Session: CANARYsess8abc",
                "> x-my-app-session: CANARYsess9",
                "我的令牌czu_CANARY10abcdefgh",
                "访问令牌：CANARY11token",
                "密钥=CANARY12key",
                "client_secret：CANARY13sec",
                "密码　：　CANARY14pw",
                "\"{\\\"access_token\\\":\\\"CANARY15tok\\\",\\\"expires_in\\\":1720098388}\"",
                "\"{\\\\\\\"refresh_token\\\\\\\":\\\\\\\"CANARY16rt\\\\\\\"}\"",
                "{'access_token': 'CANARY17tok', 'token_type': 'Bearer'}",
                "{'client_secret': \"CANARY18\", 'n': 1}",
                "Cookie: sessionid=CANARY19a; csrftoken=CANARY19b",
                "Set-Cookie: sid=CANARY20; Path=/; HttpOnly",
                "X-Api-Key: CANARY21key",
                "curl -H 'Authorization: Bearer CANARY22tok' https://api.coze.cn/v1/users/me",
                "access_token:\n  CANARY23longtokenvalue1234",
                "Authorization: Bearer czu_CANARY24aaaaaaaaaaaaaaaaaaaa\n    CANARY24continued99",
                "refresh_token=CANARY25aaaaaaaaaaaaaaaa\nCANARY25bbbbbbbbbbb",
                "GET /cb?state=%7B%22access_token%22%3A%22CANARY26%22%7D HTTP/1.1",
                "localStorage token%3DCANARY27abc%26x%3D1",
                "q=%257B%2522access_token%2522%253A%2522CANARY28%2522%257D",
                "Authorization: Bearer {CANARY29abc}",
                "password: \"CANARY30\"",
                "{\"private_key\": \"" + longKey + "\"}",
                "-----BEGIN RSA PRIVATE KEY-----\n" + PEM_BODY + "\n" + PEM_BODY + "\n-----END RSA PRIVATE KEY-----",
                "pasted pat_CANARY33abcdefgh here",
                "http://localhost:8082/callback?code=CANARY34xyz&state=abc",
                "{\"code\":\"CANARY35code\"}",
                "client_secret = CANARY36",
                "export COZE_API_TOKEN=\"CANARY37\"",
                "coze.oauth.client-secret=CANARY39",
                "api_key = 'CANARY40'",
                "{accessToken: \"CANARY41\", refreshToken: 'CANARY41b'}",
                ":token => \"CANARY42\"",
                "Proxy-Authorization: Basic CANARY43==",
                "http://user:CANARY44@host.example/path",
                "令牌（czs_CANARY45abcdef）已失效",
                "Authorization：Bearer CANARY46",
                "{\"headers\": {\"Authorization\": \"Bearer CANARY47\"}}",
                "X-Api-Key=CANARY48",
                "{'data': {'token': 'CANARY49', 'ok': True}}",
                "SESSION_SECRET = \"CANARY50\"",
                "token=eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjMifQ.CANARYjwtSignature");
    }

    @ParameterizedTest
    @MethodSource("tricky")
    void noCanarySurvives(String text) {
        String once = Redactor.scrub(text);
        assertThat(once).doesNotContain("CANARY").doesNotContain("CA" + "NARY".toLowerCase());
        assertThat(Redactor.scrub(once)).isEqualTo(once);
    }

    @Test
    void allFiftyAreCounted() {
        List<String> readable = new ArrayList<>();
        tricky().filter(t -> Redactor.scrub(t).contains("CANARY")).forEach(readable::add);
        assertThat(tricky().count()).isGreaterThanOrEqualTo(50);
        assertThat(readable).isEmpty();
    }

    @Test
    void harmlessTextStays() {
        String text = "code 4100 {\"code\": 4100, \"msg\": \"x\"} expires_in=1720098388 state=xyz token_type: Bearer "
                + "grant_type=refresh_token error=invalid_grant X-Tt-Logid: 20260301080000ABCDEF0123456789 "
                + "redirect_uri=http://localhost:8082/cb refresh token expired {\"refresh_token_expires_in\": 1720098388}"
                + " code_verifier code_challenge_method=S256 令牌已过期";
        assertThat(Redactor.scrub(text)).isEqualTo(text);
    }
}
