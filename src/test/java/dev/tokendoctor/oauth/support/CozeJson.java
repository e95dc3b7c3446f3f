package dev.tokendoctor.oauth.support;

import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.EnvProxySelector;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.OAuthClientConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Coze's answer shapes, and a client wired to a fake server. */
public final class CozeJson {

    private CozeJson() {
    }

    /** A token answer; {@code expiresIn} is absolute epoch seconds as Coze sends it. */
    public static String token(String accessToken, String refreshToken, long expiresIn) {
        return "{\"access_token\":\"" + accessToken + "\",\"expires_in\":" + expiresIn
                + (refreshToken == null ? "" : ",\"refresh_token\":\"" + refreshToken + "\"")
                + ",\"token_type\":\"Bearer\"}";
    }

    public static String oauthError(String error, String message) {
        return "{\"error\":\"" + error + "\",\"error_code\":\"" + error + "\",\"error_message\":\"" + message + "\"}";
    }

    public static String business(long code, String msg, String logId) {
        return "{\"code\":" + code + ",\"msg\":\"" + msg + "\",\"detail\":{\"logid\":\"" + logId + "\"}}";
    }

    public static String me(String userId, String name) {
        return "{\"code\":0,\"msg\":\"\",\"data\":{\"user_id\":\"" + userId + "\",\"user_name\":\"" + name
                + "\",\"nick_name\":\"" + name + "\",\"avatar_url\":\"https://example.invalid/a.png\"},"
                + "\"detail\":{\"logid\":\"20250101000000LOGID\"}}";
    }

    /** Short timeouts, no proxy from the machine's environment. */
    public static OAuthClientConfig testConfig() {
        return OAuthClientConfig.defaults()
                .withConnectTimeout(Duration.ofSeconds(2))
                .withResponseTimeout(Duration.ofSeconds(5))
                .withProxySelector(new EnvProxySelector(Map.of(), null));
    }

    public static CozeOAuthClient client(FakeCoze server, Clock clock, ExchangeLog log) {
        return new CozeOAuthClient(CozeEndpoints.custom(server.baseUrl()), testConfig(), clock, log);
    }
}
