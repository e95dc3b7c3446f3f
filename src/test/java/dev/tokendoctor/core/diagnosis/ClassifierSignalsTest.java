package dev.tokendoctor.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Msg;
import org.junit.jupiter.api.Test;

/** How the classifier weighs signals, and the regressions found by the outside probe (issue 13, items 7 and 8). */
class ClassifierSignalsTest {

    private final Diagnoser diagnoser = new Diagnoser();

    private FailureKind kindOf(String text) {
        return diagnoser.diagnoseText(text).primary().orElseThrow().kind();
    }

    @Test
    void nbfInsideAWordIsNoClockSkew() {
        // a request id that happens to hold the letters NBF
        assertThat(kindOf("request failed, request_id=7H3KNBF92ZQ, status 503 Service Unavailable"))
                .isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(kindOf("X-Request-Id: abcNBFdef\nsomething odd happened"))
                .isEqualTo(FailureKind.UNKNOWN);
        assertThat(kindOf("JsonWebTokenError: jwt not active, nbf: 1764633600")).isEqualTo(FailureKind.CLOCK_SKEW);
        assertThat(kindOf("{\"error\":\"invalid_request\",\"error_message\":\"\\\"nbf\\\" claim is in the future\"}"))
                .isEqualTo(FailureKind.CLOCK_SKEW);
    }

    @Test
    void aMegabyteOfAPathologicalStringIsCutAndTheCutIsSaid() {
        String[] pathological = {"{".repeat(1 << 20), "msg: ".repeat(200_000), "x-tt-logid: ".repeat(90_000),
                "a".repeat(1 << 20), "code: 4100 ".repeat(95_000)};
        for (String text : pathological) {
            Diagnosis d = diagnoser.diagnoseText(text.substring(0, Math.min(text.length(), Diagnoser.MAX_CHARS)));
            assertThat(d.notes()).as(text.substring(0, 12)).anySatisfy(n -> assertThat(n.key()).isEqualTo("diag.cut"));
            assertThat(d.findings()).isNotEmpty();
        }
        BoundedText bounded = BoundedText.of("b".repeat(1 << 20));
        assertThat(bounded.text().length()).isLessThanOrEqualTo(BoundedText.WINDOW + 3);
        assertThat(bounded.linesForRules(bounded.text()).lines()).allSatisfy(l -> assertThat(l.length())
                .isLessThanOrEqualTo(BoundedText.MAX_LINE));
        assertThat(diagnoser.diagnoseText("token expired").notes()).isEmpty();
    }

    @Test
    void theErrorAtTheEndOfALongLogIsStillRead() {
        String log = "INFO all good\n".repeat(20_000) + "ERROR {\"error\":\"invalid_client\",\"error_message\":\"invalid jwt: kid not been registred\"}";

        Diagnosis d = diagnoser.diagnoseText(log);

        assertThat(d.primary().orElseThrow().kind()).isEqualTo(FailureKind.REGION_MISMATCH);
        assertThat(d.notes()).extracting(Msg::key).containsExactly("diag.cut");
    }

    @Test
    void aLogidInTypographicQuotesIsFound() {
        Diagnosis d = diagnoser.diagnoseText("{“code”:4100,“msg”:“authentication is invalid”,“detail”:{“logid”:“20250102153000112233445566AABBCC”}}");

        assertThat(d.primary().orElseThrow().kind()).isEqualTo(FailureKind.ACCESS_TOKEN_EXPIRED);
        assertThat(d.logId()).contains("20250102153000112233445566AABBCC");
    }

    @Test
    void codesThatAreNotTokenProblemsSaySoPlainly() {
        for (String text : new String[] {"code: 4000, msg: The request parameter bot_id is invalid",
                "{\"code\":4200,\"msg\":\"Resource not found\"}", "{\"code\":5000,\"msg\":\"server issues\"}",
                "code: 700012014, msg: unusual traffic"}) {
            Diagnosis d = diagnoser.diagnoseText(text);
            assertThat(d.tokenIsFine()).as(text).isTrue();
            assertThat(d.certainty()).as(text).isEqualTo(Certainty.HIGH);
        }
        assertThat(kindOf("code: 700012014")).isEqualTo(FailureKind.RISK_CONTROL);
        assertThat(diagnoser.diagnoseText("code: 4100, msg: authentication is invalid").tokenIsFine()).isFalse();
    }

    @Test
    void theSdksNetworkFailuresAreNotServerErrors() {
        // @coze/api reports every network failure as InternalServerError with status 500 and code undefined
        String refused = "InternalServerError: connect ECONNREFUSED 127.0.0.1:443\n    at APIError.generate (index.mjs:231:35) {\n"
                + "  status: 500,\n  headers: undefined,\n  logid: undefined,\n  code: undefined,\n  rawError: undefined\n}";
        assertThat(kindOf(refused)).isEqualTo(FailureKind.CONNECTION_FAILURE);
        assertThat(kindOf("InternalServerError: getaddrinfo ENOTFOUND api.coze.cn")).isEqualTo(FailureKind.DNS_FAILURE);
        assertThat(kindOf("InternalServerError: self-signed certificate in certificate chain")).isEqualTo(FailureKind.TLS_FAILURE);
    }

    @Test
    void aClassNameAloneGivesItsKindWithLowCertainty() {
        assertThat(kindOf("GatewayError: logid: 20250102153000112233445566AABBCC")).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(kindOf("PermissionDeniedError: logid: 20250102153000112233445566AABBCC")).isEqualTo(FailureKind.PERMISSION_MISSING);
        assertThat(kindOf("TimeoutError: Request timed out")).isEqualTo(FailureKind.TIMEOUT);
        Diagnosis auth = diagnoser.diagnoseText("AuthenticationError: logid: 20250102153000112233445566AABBCC");
        assertThat(auth.primary().orElseThrow().kind()).isEqualTo(FailureKind.ACCESS_TOKEN_EXPIRED);
        assertThat(auth.certainty()).isEqualTo(Certainty.LOW);
    }

    @Test
    void a401FromTheTokenEndpointNamesTheClientNotTheToken() {
        assertThat(kindOf("POST https://api.coze.cn/api/permission/oauth2/token 401 (Unauthorized)")).isEqualTo(FailureKind.INVALID_CLIENT);
        assertThat(kindOf("AuthenticationError: logid: X\n    at async _getJWTToken (index.mjs:2171:20)")).isEqualTo(FailureKind.JWT_REJECTED);
        assertThat(kindOf("GET https://api.coze.cn/v1/users/me 401 (Unauthorized)")).isEqualTo(FailureKind.ACCESS_TOKEN_EXPIRED);
    }

    @Test
    void theClockWinsOverTheClientWhenTheJwtIsFromTheFuture() {
        Diagnosis d = diagnoser.diagnoseText("{\"error\":\"invalid_client\",\"error_message\":\"invalid jwt: iat is in the future\"}");

        assertThat(d.kinds()).startsWith(FailureKind.CLOCK_SKEW);
        assertThat(d.runnerUp()).isNotNull();
    }

    @Test
    void deviceFlowCodesLeadToTheDeviceFlowNeverToARefresh() {
        Diagnosis expired = diagnoser.diagnoseText("{\"error\":\"expired_token\",\"error_description\":\"the device code has expired\"}");
        Diagnosis slow = diagnoser.diagnoseText("{\"error\":\"slow_down\",\"error_description\":\"polling too fast\"}");

        assertThat(expired.primary().orElseThrow().kind()).isEqualTo(FailureKind.DEVICE_CODE_EXPIRED);
        assertThat(expired.primary().orElseThrow().remedies()).extracting(Remedy::action)
                .doesNotContain(Remedy.Action.REFRESH_NOW).contains(Remedy.Action.RESTART_DEVICE_FLOW);
        assertThat(slow.primary().orElseThrow().kind()).isEqualTo(FailureKind.DEVICE_POLLING);
        assertThat(slow.tokenIsFine()).isTrue();
    }

    @Test
    void aMissingSettingAsJsPythonAShellOrAReadOfNothingSaysIt() {
        assertThat(kindOf("KeyError: 'COZE_CLIENT_ID'")).isEqualTo(FailureKind.CONFIGURATION_MISSING);
        assertThat(kindOf("bash: COZE_CLIENT_ID: unbound variable")).isEqualTo(FailureKind.CONFIGURATION_MISSING);
        assertThat(kindOf("Error: VITE_COZE_CLIENT_ID is not set")).isEqualTo(FailureKind.CONFIGURATION_MISSING);
        assertThat(kindOf("https://www.coze.cn/api/permission/oauth2/authorize?client_id=undefined&redirect_uri=x"))
                .isEqualTo(FailureKind.CONFIGURATION_MISSING);
        assertThat(kindOf("TypeError: Cannot read properties of undefined (reading 'refresh_token')"))
                .isEqualTo(FailureKind.NO_REFRESH_TOKEN);
        assertThat(kindOf("AxiosError: timeout of 10000ms exceeded")).isEqualTo(FailureKind.TIMEOUT);
        assertThat(kindOf("Error: Invalid private key format. Expected PEM format (RSA or PKCS8)")).isEqualTo(FailureKind.JWT_REJECTED);
    }

    @Test
    void chineseAsPeopleWriteIt() {
        assertThat(kindOf("token 已过期")).isEqualTo(FailureKind.ACCESS_TOKEN_EXPIRED);
        assertThat(kindOf("access_token过期了")).isEqualTo(FailureKind.ACCESS_TOKEN_EXPIRED);
        assertThat(kindOf("refresh_token 失效了")).isEqualTo(FailureKind.REFRESH_TOKEN_EXPIRED);
        assertThat(kindOf("网络请求失败")).isEqualTo(FailureKind.CONNECTION_FAILURE);
        assertThat(kindOf("连不上服务器")).isEqualTo(FailureKind.CONNECTION_FAILURE);
        assertThat(kindOf("电脑时间不同步")).isEqualTo(FailureKind.CLOCK_SKEW);
        assertThat(kindOf("网络好像断了，token 刷新不了")).isEqualTo(FailureKind.CONNECTION_FAILURE);
        assertThat(kindOf("无法访问 api.coze.cn")).isEqualTo(FailureKind.CONNECTION_FAILURE);
        assertThat(kindOf("系统时间错了")).isEqualTo(FailureKind.CLOCK_SKEW);
        assertThat(kindOf("my system clock is behind")).isEqualTo(FailureKind.CLOCK_SKEW);
        assertThat(kindOf("the company proxy is blocking api.coze.cn")).isEqualTo(FailureKind.PROXY_FAILURE);
        assertThat(kindOf("DNS lookup failed for api.coze.com")).isEqualTo(FailureKind.DNS_FAILURE);
    }

    @Test
    void theUnknownSaysWhatWasRecognisedAndOffersTheBundle() {
        Finding unknown = diagnoser.diagnoseText("HTTP/1.1 418 I'm a teapot\nX-Tt-Logid: 20250102153000112233445566AABBCC").primary().orElseThrow();

        assertThat(unknown.kind()).isEqualTo(FailureKind.UNKNOWN);
        assertThat(unknown.evidenceWords()).extracting(Msg::key).contains("diag.unknown.recognised");
        assertThat(unknown.evidenceWords().get(0).args().get(0).toString()).contains("HTTP 418", "logid");
        assertThat(unknown.remedies()).extracting(Remedy::action).containsExactly(Remedy.Action.CONTACT_SUPPORT)
                .doesNotContain(Remedy.Action.METHOD1_REAUTHORIZE);
    }
}
