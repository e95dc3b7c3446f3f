package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer.Call;
import java.util.regex.Pattern;

/**
 * What the text says about where the failure happened: which flow, and which request (the token
 * endpoint for which grant, or a business API). The same words mean different things for each.
 */
record FlowContext(Flow flow, Call call) {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern JWT = Pattern.compile("jwt-bearer|_?getJWTToken|JWTOAuth|invalid jwt|\\bczs_|OAuth JWT|service app"
            + "|oauth2/account/[^/\\s]+/token|服务(?:类)?应用", FLAGS);
    private static final Pattern DEVICE = Pattern.compile("device_code|device/code|_?getDeviceToken|getDeviceCode|DeviceOAuth"
            + "|设备码|设备授权|device flow|authorization_pending|slow_down|expired_token", FLAGS);
    private static final Pattern REFRESH = Pattern.compile("refresh_token|refreshOAuthToken|refreshToken\\(|刷新令牌", FLAGS);
    private static final Pattern TOKEN_ENDPOINT = Pattern.compile("oauth2/token|rawError|getWebOAuthToken|getPKCEOAuthToken"
            + "|OAuthClient|CozeAuthException|error_message|\\binvalid_client\\b|\\binvalid_request\\b|grant_type", FLAGS);
    private static final Pattern API = Pattern.compile("/v[13]/|CozeAPI|\\.bots\\.|bots\\(\\)|users\\.me|CozeApiException", FLAGS);

    /** The context a pasted text gives. */
    static FlowContext of(String text) {
        return of(Call.UNKNOWN, text);
    }

    /** The context of a known request, or else of the text. */
    static FlowContext of(Call known, String text) {
        Flow flow = JWT.matcher(text).find() ? Flow.JWT
                : DEVICE.matcher(text).find() ? Flow.DEVICE
                : REFRESH.matcher(text).find() || known == Call.TOKEN_CODE ? Flow.USER : Flow.UNKNOWN;
        if (known == Call.TOKEN_JWT) {
            flow = Flow.JWT;
        } else if (known == Call.TOKEN_DEVICE) {
            flow = Flow.DEVICE;
        }
        return new FlowContext(flow, known != Call.UNKNOWN ? known : callOf(flow, text));
    }

    private static Call callOf(Flow flow, String text) {
        boolean token = TOKEN_ENDPOINT.matcher(text).find();
        if (API.matcher(text).find() && !token) {
            return Call.API;
        }
        if (flow == Flow.JWT) {
            return Call.TOKEN_JWT;
        }
        if (flow == Flow.DEVICE && token) {
            return Call.TOKEN_DEVICE;
        }
        if (REFRESH.matcher(text).find() && token) {
            return Call.TOKEN_REFRESH;
        }
        return token ? Call.TOKEN_CODE : Call.UNKNOWN;
    }

    /** Whether the request was one of the token endpoint's grants. */
    boolean tokenEndpoint() {
        return call == Call.TOKEN_CODE || call == Call.TOKEN_DEVICE || call == Call.TOKEN_JWT || call == Call.TOKEN_REFRESH;
    }
}
