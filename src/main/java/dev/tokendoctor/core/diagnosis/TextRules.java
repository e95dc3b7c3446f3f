package dev.tokendoctor.core.diagnosis;

import static dev.tokendoctor.core.diagnosis.FailureKind.*;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises failures in free text by the words each SDK, browser, tool and gateway uses.
 * Rules are tried in order; a {@code generic} rule (a bare HTTP 401, "token expired") only counts
 * when no specific rule matched.
 */
final class TextRules {

    /** A rule's hit: the kind and where in the text it matched. */
    record Hit(FailureKind kind, int start, int end, boolean generic) {
    }

    private record Rule(FailureKind kind, Pattern pattern, boolean generic) {
    }

    private static final String HTTP = "(?:HTTP/\\d(?:\\.\\d)?\\s+|status(?:\\s*code)?\\s*[:=]?\\s*|HttpCode:\\s*)";

    private static final List<Rule> RULES = List.of(
            // the guide's own console line: access token expired and the refresh failed
            specific(REFRESH_TOKEN_EXPIRED, "token expired and refresh failed|刷新(?:令牌)?失败|refresh (?:failed|token (?:has )?expired)"
                    + "|refresh_token (?:is )?expired|refresh token is expired|refresh_token_expired"),
            specific(REGION_MISMATCH, "kid not (?:been )?regist(?:e)?red|kid (?:is )?not (?:found|registered)|unknown kid"),
            specific(REDIRECT_URI_MISMATCH, "invalid request: ?redirect_uri|redirect_uri_mismatch|redirect[ _]uri (?:mismatch|does not match|不匹配)"),
            specific(APP_DISABLED_OR_WRONG_TYPE, "invalid request: ?client_secret|\\baccess_deny\\b|unsupported_grant_type"),
            specific(CONSENT_DENIED, "[?&#]error=access_denied|\"error\"\\s*:\\s*\"access_denied\"|\\baccess_denied\\b|用户(?:拒绝|取消)(?:了)?授权"),
            specific(JWT_REJECTED, "(?:duplicate|duplicated|repeated|reused?) jti|jti (?:is )?(?:duplicate|duplicated|already (?:been )?used|repeated)"
                    + "|invalid jwt: (?:iss|aud|exp|iat|jti|signature)"),
            specific(REFRESH_TOKEN_REUSED, "refresh[ _]token (?:has )?(?:already )?(?:been )?(?:used|reused|consumed)|reused refresh[ _]token"
                    + "|refresh[ _]token reuse"),
            specific(REFRESH_TOKEN_INVALID, "invalid refresh[ _]token|refresh[ _]token (?:is )?(?:invalid|not found|revoked|malformed)"),
            specific(NO_REFRESH_TOKEN, "no refresh[ _]token|refresh[ _]token (?:is )?(?:missing|required|empty|undefined|null)"
                    + "|missing refresh[ _]token|没有刷新令牌"),
            specific(JWT_APP_TOKEN_EXPIRED, "\\bjwt (?:has )?expired|TokenExpiredError"),
            specific(INVALID_CLIENT, "\\binvalid_client\\b|invalid client secret|client authentication failed"),
            specific(EXPIRY_MISINTERPRETED, "(?:Date\\.now\\(\\)|now|time\\.time\\(\\))\\s*\\+\\s*[\\w.]*(?:expires_in|expiresIn)(?:\\s*\\*\\s*1000)?"),
            specific(CLOCK_SKEW, "clock skew|iat (?:is )?(?:in the future|too far)|token used before issued|not yet valid|nbf|时钟(?:不同步|偏差)"),
            specific(CONFIGURATION_MISSING, "client_?id (?:is )?(?:required|missing|empty|undefined)|client_id=undefined|undefined\\.app\\.coze"
                    + "|VITE_COZE_\\w+ (?:is )?(?:not set|undefined|missing)|clientId (?:is )?(?:required|missing|undefined)"),
            specific(PERMISSION_MISSING, "\\bno permission\\b|permission denied|lack(?:s|ing)? (?:the )?permission|没有权限|无权限"),
            specific(RISK_CONTROL, "risk control|风控"),
            specific(PROXY_FAILURE, "407 Proxy Authentication Required|\\bProxyError\\b|curl: \\(5\\)|Could not resolve proxy"
                    + "|ERR_PROXY_CONNECTION_FAILED|ERR_TUNNEL_CONNECTION_FAILED|tunneling socket could not be established"
                    + "|Unable to tunnel through proxy|proxy (?:refused|authentication)|" + HTTP + "407\\b"),
            specific(DNS_FAILURE, "Could not resolve host|UnknownHostException|ENOTFOUND|EAI_AGAIN|getaddrinfo|Name or service not known"
                    + "|no such host|Temporary failure in name resolution|NameResolutionError|ERR_NAME_NOT_RESOLVED|nodename nor servname"),
            specific(TLS_FAILURE, "PKIX path building failed|SSLHandshakeException|SSLError|certificate verify failed|CERT_[A-Z_]+"
                    + "|unable to (?:verify|get local issuer) (?:the first )?certificate|self[- ]signed certificate|curl: \\((?:35|60)\\)"
                    + "|x509: |ERR_CERT_\\w+|ERR_SSL_\\w+|SSL_ERROR_\\w+|handshake_failure"),
            specific(TIMEOUT, "ETIMEDOUT|ESOCKETTIMEDOUT|timed out|SocketTimeoutException|ReadTimeout|ConnectTimeout|context deadline exceeded"
                    + "|ERR_TIMED_OUT|curl: \\(28\\)|Gateway Time-?out|" + HTTP + "504\\b|请求超时|超时"),
            specific(CONNECTION_FAILURE, "ECONNREFUSED|Connection refused|ConnectException|Failed to connect to|ERR_CONNECTION_\\w+|ECONNRESET"
                    + "|socket hang up|Connection reset|curl: \\((?:7|52|56)\\)|Failed to fetch|NetworkError when attempting|ERR_NETWORK"
                    + "|Network Error|EHOSTUNREACH|ENETUNREACH|No route to host"),
            specific(RATE_LIMITED, "Too Many Requests|rate[ _-]?limit|" + HTTP + "429\\b|请求(?:过于)?频繁"),
            specific(SERVER_ERROR, "\\binternal_error\\b|Internal Server Error|Bad Gateway|Service (?:Temporarily )?Unavailable|"
                    + HTTP + "5\\d\\d\\b|<title>\\s*5\\d\\d"),
            generic(ACCESS_TOKEN_EXPIRED, "token (?:has )?expired|expired[ _]token|access[ _]token (?:is )?(?:expired|invalid)|令牌(?:已)?过期"
                    + "|authentication is invalid|" + HTTP + "401\\b|401 Unauthorized|Unauthorized"));

    private TextRules() {
    }

    /** Every rule that matches, in rule order, at most one hit per kind. */
    static List<Hit> match(String text) {
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : RULES) {
            if (hits.stream().anyMatch(h -> h.kind() == rule.kind())) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            if (m.find()) {
                hits.add(new Hit(rule.kind(), m.start(), m.end(), rule.generic()));
            }
        }
        return hits;
    }

    private static Rule specific(FailureKind kind, String regex) {
        return new Rule(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), false);
    }

    private static Rule generic(FailureKind kind, String regex) {
        return new Rule(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), true);
    }
}
