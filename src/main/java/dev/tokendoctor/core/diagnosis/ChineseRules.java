package dev.tokendoctor.core.diagnosis;

import static dev.tokendoctor.core.diagnosis.FailureKind.*;
import static dev.tokendoctor.core.diagnosis.TextRules.NAMED;
import static dev.tokendoctor.core.diagnosis.TextRules.PHRASE;
import static dev.tokendoctor.core.diagnosis.TextRules.rule;

import java.util.List;

/**
 * Chinese as people write it: a token word (in Chinese or English) near a state word (已过期,
 * 过期了, 失效, 无效), a network word near a failure word (网络 + 失败, 无法连接, 连不上), and the
 * everyday names of clock, certificate, proxy and permission trouble.
 */
final class ChineseRules {

    /** Any of the ways a token is named; {@code refresh} ones are excluded by the look-behinds. */
    private static final String TOKEN = "(?:(?<!refresh[ _])(?<![A-Za-z])(?:access[_ ]?)?token|访问令牌|(?<!刷新)令牌|登录态|accessToken)";
    private static final String REFRESH = "(?:refresh[_ ]?token|刷新令牌|refreshToken)";
    private static final String NEAR = "[\\s\\p{IsHan}]{0,4}?";

    static final List<TextRules.Rule> RULES = List.of(
            rule(REFRESH_TOKEN_REUSED, NAMED, REFRESH + ".{0,8}(?:已经?被?使用|重复使用|用过了)"),
            rule(REFRESH_TOKEN_EXPIRED, PHRASE + 15, REFRESH + NEAR + "(?:已经?|都)?(?:过期|失效)|过期.{0,10}刷新.{0,4}失败"),
            rule(REFRESH_TOKEN_INVALID, PHRASE + 15, REFRESH + NEAR + "(?:无效|不对|错误)"),
            rule(ACCESS_TOKEN_EXPIRED, PHRASE, TOKEN + NEAR + "(?:已经?|又)?(?:过期|失效|无效|不能用)"),
            rule(CONNECTION_FAILURE, PHRASE, "网络.{0,6}?(?:失败|错误|异常|不通|断开|断了)|无法(?:连接|访问)|连不上|连接不上|访问不了|连接(?:被)?(?:拒绝|重置|失败)|请求失败"),
            rule(TIMEOUT, PHRASE + 5, "超时"),
            rule(DNS_FAILURE, PHRASE + 10, "域名解析|解析(?:失败|不了)|无法解析"),
            rule(TLS_FAILURE, PHRASE + 10, "证书|SSL|握手失败"),
            rule(PROXY_FAILURE, PHRASE + 15, "代理"),
            rule(CLOCK_SKEW, PHRASE + 15, "(?:系统|本地|本机|电脑|服务器)?时间(?:不对|错了|不准|不同步|不一致|差了|偏差)|时钟(?:不同步|偏差)|还没生效|iat ?在未来"),
            rule(SERVER_ERROR, PHRASE, "服务器(?:内部)?(?:错误|出错|异常|繁忙)|服务端错误"),
            rule(REDIRECT_URI_MISMATCH, NAMED, "回调地址不匹配|重定向地址.{0,12}不一致|redirect_uri ?不匹配"),
            rule(CONSENT_DENIED, NAMED, "拒绝了?授权|取消了?授权|点了拒绝"),
            rule(DEVICE_CODE_EXPIRED, NAMED, "device_code\\s*已?(?:过期|失效)"),
            rule(CONFIGURATION_MISSING, NAMED, "(?:client_id|COZE_CLIENT_ID|VITE_COZE_\\w+)\\s*(?:为空|没有?设置|未定义|未配置|没配)|没配置?\\s*client_id"),
            rule(INVALID_CLIENT, NAMED, "client_secret\\s*不对|(?:客户端)?密钥(?:错误|填错|不对)"),
            rule(REGION_MISMATCH, NAMED, "区域不对|地区不对|kid\\s*没注册|国内版.{0,12}api\\.coze\\.com"));

    private ChineseRules() {
    }
}
