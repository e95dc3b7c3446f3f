package dev.tokendoctor.core.diagnosis;

import static dev.tokendoctor.core.diagnosis.FailureKind.*;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that name a failure in Coze's answers, the SDKs, tools and gateways, each with a
 * weight: how sure the words alone make us. Coze's own exact wording weighs most, then the names
 * of network errors and exceptions, then phrases, and last the generic words (a bare 401, "token
 * expired") that only decide when nothing more specific was said. Network and Chinese words are in
 * {@link NetworkRules} and {@link ChineseRules}.
 */
final class TextRules {

    /** Coze's own wording, or a field only one failure has. */
    static final int EXACT = 95;
    /** An error or exception name that means one thing. */
    static final int NAMED = 80;
    /** A phrase or SDK message that usually means one thing. */
    static final int PHRASE = 60;
    /** A class or status that narrows it down. */
    static final int HINT = 40;
    /** A word that fits many failures. */
    static final int GENERIC = 25;

    /** A rule's hit: the kind, its weight and where in the text it matched. */
    record Hit(FailureKind kind, int weight, int start, int end) {
    }

    /** One rule. */
    record Rule(FailureKind kind, int weight, Pattern pattern) {
    }

    static final String HTTP = "(?:HTTP/\\d(?:\\.\\d)?\\s+|\\bHTTP\\s+|status(?:\\s*code)?\\s*[:=]?\\s*|HttpCode:\\s*|statusCode=)";

    private static final List<Rule> RULES = List.of(
            rule(REFRESH_TOKEN_EXPIRED, EXACT, "token expired and refresh failed|refresh_token (?:is |has )?expired|refresh token (?:is |has )?expired"
                    + "|refresh_token_expired|刷新令牌(?:已)?过期"),
            rule(REFRESH_TOKEN_EXPIRED, PHRASE, "刷新(?:令牌)?失败|refresh (?:failed|token (?:has )?expired)"),
            rule(REGION_MISMATCH, EXACT, "kid not (?:been )?regist(?:e)?red|kid (?:is )?not (?:found|registered)|unknown kid"),
            rule(REDIRECT_URI_MISMATCH, EXACT, "invalid request: ?redirect_uri|redirect_uri_mismatch|redirect[ _]uri (?:mismatch|does not match|不匹配)"),
            rule(APP_DISABLED_OR_WRONG_TYPE, EXACT, "invalid request: ?client_secret|\\baccess_deny\\b|access deny: app type|unsupported_grant_type"),
            rule(APP_DISABLED_OR_WRONG_TYPE, PHRASE, "is not supported in browser|Browser environments do not support"),
            rule(CONSENT_DENIED, EXACT, "[?&#]error=access_denied|\\baccess_denied\\b|the user denied|用户(?:拒绝|取消)(?:了)?授权"),
            rule(JWT_REJECTED, EXACT, "(?:duplicate|duplicated|repeated|reused?) jti|jti (?:is |has )?(?:duplicate|duplicated|already (?:been )?used|been used|repeated)"
                    + "|invalid jwt: (?:iss|aud|exp|iat|jti|signature)"),
            rule(JWT_REJECTED, NAMED, "Invalid private key format|secretOrPrivateKey|InvalidKeySpecException|Last unit does not have enough valid bits"
                    + "|Illegal base64 character|DECODER routines|invalid signature|JsonWebTokenError|PEM_read_bio"),
            rule(REFRESH_TOKEN_REUSED, EXACT, "refresh[ _]token (?:has )?(?:already )?(?:been )?(?:used|reused|consumed)|reused refresh[ _]token"
                    + "|refresh[ _]token reuse"),
            rule(REFRESH_TOKEN_INVALID, EXACT, "refresh_token was not issued to this client|invalid refresh[ _]token"
                    + "|refresh[ _]token (?:is )?(?:invalid|not found|revoked|malformed)"),
            rule(REFRESH_TOKEN_INVALID, PHRASE + 25, "invalid request: ?refresh_token\\b"),
            rule(NO_REFRESH_TOKEN, NAMED, "no refresh[ _]token|refresh[ _]token (?:is )?(?:missing|required|empty|undefined|null)"
                    + "|missing refresh[ _]token|没有刷新令牌|reading '(?:refresh_token|refreshToken|access_token|accessToken|token)'"
                    + "|(?:undefined|null) \\(reading '(?:refresh|access)"),
            rule(AUTHORIZATION_CODE_INVALID, EXACT, "invalid request: ?code(?:_verifier)?\\b|code is invalid, expired or already used"
                    + "|authorization code (?:is )?(?:invalid|expired|already used)"),
            rule(DEVICE_CODE_EXPIRED, EXACT, "\\bexpired_token\\b|device[ _]code (?:has )?expired|invalid request: ?device_code|设备(?:授权)?码(?:已)?(?:过期|失效)"),
            rule(DEVICE_POLLING, EXACT, "\\bauthorization_pending\\b|\\bslow_down\\b|polling too fast"),
            rule(JWT_APP_TOKEN_EXPIRED, NAMED, "\\bjwt (?:has )?expired|TokenExpiredError"),
            rule(INVALID_CLIENT, EXACT, "invalid client: ?client_(?:secret|id)|invalid client secret|client authentication failed"),
            rule(INVALID_CLIENT, PHRASE, "\\binvalid_client\\b"),
            rule(EXPIRY_MISINTERPRETED, EXACT, "(?:Date\\.now\\(\\)|now|time\\.time\\(\\))\\s*\\+\\s*[\\w.]*(?:expires_in|expiresIn)(?:\\s*\\*\\s*1000)?"),
            // an iat in the future says more than "the JWT was refused": the signer's clock is ahead
            rule(CLOCK_SKEW, EXACT + 3, "clock skew|iat (?:is )?(?:missing or )?(?:in the future|too far)|iat: missing or in the future"
                    + "|token used before issued|(?:system |local )?(?:clock|time) is (?:off|wrong|behind|ahead)|time (?:is )?out of sync|not yet valid|NotBeforeError|jwt not active"
                    + "|(?<![A-Za-z0-9_])nbf(?![A-Za-z0-9_])\\\\?\"?\\s*(?:claim|[:=]|is|in the future|check)"),
            rule(CONFIGURATION_MISSING, NAMED, "client_?id (?:is )?(?:required|missing|empty|undefined|not set)|client_id=undefined|undefined\\.app\\.coze"
                    + "|VITE_COZE_\\w+ (?:is )?(?:not set|undefined|missing)|clientId (?:is )?(?:required|missing|undefined)"
                    + "|\"(?:privateKey\\w*|clientI[dD]|clientSecret|baseURL)\" is null|KeyError: '(?:COZE|VITE_COZE)_\\w+'"
                    + "|(?:COZE|VITE_COZE)_\\w+(?::| is) (?:unbound variable|not defined|undefined|missing|not set)"
                    + "|process\\.env\\.\\w*COZE\\w* is undefined|import\\.meta\\.env\\.VITE_COZE\\w* is undefined"),
            rule(PERMISSION_MISSING, NAMED, "\\bno permission\\b|permission denied|does not have permission|lack(?:s|ing)? (?:the )?permission|没有权限|无权限|没有开通"),
            rule(PERMISSION_MISSING, HINT, "\\bPermissionDeniedError\\b"),
            rule(RISK_CONTROL, NAMED, "risk control|风控|unusual traffic"),
            rule(PARAMETER_ERROR, EXACT, "invalid request: ?(?:duration_seconds|grant_type|body must|scope)"),
            rule(PARAMETER_ERROR, PHRASE, "request parameter \\S+ is invalid|参数错误|参数不对|invalid parameter"),
            rule(PARAMETER_ERROR, GENERIC, "\\bBadRequestError\\b"),
            rule(RESOURCE_NOT_FOUND, PHRASE, "resource not found|does not exist|不存在|找不到(?:这个)? ?bot"),
            rule(RESOURCE_NOT_FOUND, HINT, "\\bNotFoundError\\b"),
            rule(RATE_LIMITED, NAMED, "Too Many Requests|rate[ _-]?limit|too_many_requests|request too frequent|请求(?:过于|太)频繁|限流"),
            rule(RATE_LIMITED, NAMED, HTTP + "429\\b"),
            rule(SERVER_ERROR, NAMED, "\\binternal_error\\b|Internal Server Error|Bad Gateway|Service (?:Temporarily )?Unavailable|server issues"
                    + "|服务器(?:内部)?错误|服务端错误|网关错误|<title>\\s*5\\d\\d"),
            rule(SERVER_ERROR, HINT, "\\bGatewayError\\b|Unexpected end-of-input|Unexpected end of JSON|JSONParseError|" + HTTP + "5\\d\\d\\b"),
            rule(SERVER_ERROR, GENERIC, "\\bInternalServerError\\b"),
            rule(ACCESS_TOKEN_EXPIRED, PHRASE, "authentication is invalid|access token invalid|access[ _]token (?:is )?(?:expired|invalid)"),
            rule(ACCESS_TOKEN_EXPIRED, GENERIC, "token (?:has )?expired|expired[ _]token|令牌(?:已)?过期|" + HTTP + "401\\b|401 Unauthorized"
                    + "|Unauthorized|\\bAuthenticationError\\b"));

    private TextRules() {
    }

    /** Every hit of these rules, at most one per rule. */
    static List<Hit> match(String text) {
        return match(RULES, text);
    }

    static List<Hit> match(List<Rule> rules, String text) {
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            if (m.find()) {
                hits.add(new Hit(rule.kind(), rule.weight(), m.start(), m.end()));
            }
        }
        return hits;
    }

    static Rule rule(FailureKind kind, int weight, String regex) {
        // ASCII case folding: the names are ASCII and Chinese has no case (Unicode folding costs twice the time)
        return new Rule(kind, weight, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }
}
