package dev.tokendoctor.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A secret planted in pasted text or in a .env file never comes out in any message, evidence or toString. */
class DiagnosisSecretCanaryTest {

    private static final String CANARY = "QX7canaryZ9";
    private static final String ACCESS = "czu_" + CANARY + "0123456789abcdefABCDEF";
    private static final String REFRESH = "rt" + CANARY + "0123456789abcdef";
    private static final String SECRET = "fake-secret-" + CANARY + "-000";
    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjF9." + CANARY + "sig";
    private static final Messages[] LANGUAGES = {new Messages(Messages.ENGLISH), new Messages(Messages.CHINESE)};

    static Stream<String> pastes() {
        return Stream.of(
                "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + REFRESH + "\",\"expires_in\":1764237600}\n"
                        + "{\"code\":4100,\"msg\":\"authentication is invalid\",\"detail\":{\"logid\":\"LOGID0123456789ABCDEF\"}}",
                "GET /v1/users/me HTTP/1.1\nAuthorization: Bearer " + ACCESS + "\n\nHTTP/1.1 401 Unauthorized",
                "curl -X POST https://api.coze.cn/api/permission/oauth2/token -H 'Authorization: Bearer " + SECRET
                        + "' -d '{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + REFRESH + "\"}'\n"
                        + "{\"error\":\"invalid_client\",\"error_message\":\"invalid client secret\"}",
                "http://localhost:8082/oauth/callback?code=code_" + CANARY + "abcdef&state=1&error=access_denied",
                "http://localhost:8082/oauth/callback?code=" + CANARY + "abcdef&error=access_denied",
                "Error: Token expired and refresh failed. refresh_token=" + REFRESH + " access_token: " + ACCESS,
                "client_secret=" + SECRET + " invalid request: client_secret",
                "TokenExpiredError: jwt expired at " + JWT,
                "-----BEGIN PRIVATE KEY-----\nMIIEv" + CANARY + "QIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\ninvalid jwt: duplicate jti",
                "VITE_COZE_CLIENT_SECRET=" + SECRET + "\nSomething unrecognisable",
                "{\"token\":\"" + ACCESS + "\"} HTTP/1.1 502 Bad Gateway",
                "<html><title>" + "Bearer " + ACCESS + "</title></html>");
    }

    @ParameterizedTest
    @MethodSource("pastes")
    void aPastedSecretNeverComesOut(String paste) {
        Diagnosis diagnosis = new Diagnoser().diagnoseText(paste);

        assertThat(diagnosis.findings()).isNotEmpty();
        assertNoCanary(diagnosis.toString());
        assertNoCanary(new Evidence.PastedText(paste).toString());
        for (Finding finding : diagnosis.findings()) {
            assertNoCanary(finding.evidence());
            renderAll(finding.kind().title(), finding.kind().explanation());
            finding.remedies().forEach(r -> renderAll(r.instruction()));
        }
        diagnosis.unreadable().forEach(DiagnosisSecretCanaryTest::renderAll);
    }

    @Test
    void aSecretInDotEnvNeverComesOut() {
        String env = "VITE_COZE_USE_JWT=true\n"
                + "VITE_COZE_CLIENT_ID=12345678901234567890123456789012.app.coze\n"
                + "VITE_COZE_CLIENT_SECRET=" + SECRET + "\n"
                + "VITE_COZE_CLIENT_SECRET='" + SECRET + "'\n"
                + "VITE_COZE_PRIVATE_KEY=\"" + CANARY + "\"\n"
                + "COZE_CLIENT_SECRET=abc#" + CANARY + "\n"
                + "VITE_COZE_API_TOKEN=" + ACCESS + "\n"
                + "VITE_COZE_CLIENT_SECRET " + SECRET + "\n"
                + "VITE_COZE_CLIENT_SECRET=\"" + SECRET + "\n"
                + "VITE_COZE_REDIRECT_URI=http://localhost:8082/#/oauth/callback\n";
        EnvFile file = EnvFile.parse(".env", env);
        ConfigReport report = new ConfigCheck("/oauth/callback").check(file);
        Diagnosis diagnosis = new Diagnoser().diagnose(new Evidence.ConfigFindings(report));

        assertThat(report.has(ConfigFinding.Code.SECRET_EXPOSED)).isTrue();
        assertThat(report.has(ConfigFinding.Code.INVALID_LINE)).isTrue();
        assertThat(report.has(ConfigFinding.Code.COMMENT_CUT_VALUE)).isTrue();
        assertNoCanary(file.toString());
        assertNoCanary(file.entries().toString());
        assertNoCanary(report.toString());
        assertNoCanary(diagnosis.toString());
        assertNoCanary(new Evidence.ConfigFindings(report).toString());
        List<Msg> messages = new ArrayList<>();
        report.findings().forEach(f -> {
            messages.add(f.message());
            assertNoCanary(f.shown());
            assertNoCanary(String.valueOf(f.fixLine()));
        });
        diagnosis.findings().forEach(f -> f.remedies().forEach(r -> messages.add(r.instruction())));
        messages.forEach(DiagnosisSecretCanaryTest::renderAll);
    }

    @Test
    void theGuidesFakeSecretIsMaskedInTheFixture() {
        EnvFile file = ConfigCheckTest.fixture("guide.env");
        ConfigReport report = new ConfigCheck(null).check(file);

        assertThat(file.toString()).doesNotContain("fake-secret-for-tests-000");
        assertThat(report.toString()).doesNotContain("fake-secret-for-tests-000");
        for (ConfigFinding f : report.findings()) {
            for (Messages messages : LANGUAGES) {
                assertThat(messages.format(f.message())).doesNotContain("fake-secret-for-tests-000");
            }
        }
    }

    private static void renderAll(Msg... msgs) {
        for (Msg msg : msgs) {
            assertNoCanary(msg.toString());
            for (Messages messages : LANGUAGES) {
                String text = messages.format(msg);
                assertThat(text).as(msg.key()).doesNotStartWith("!");
                assertNoCanary(text);
            }
        }
    }

    private static void assertNoCanary(String text) {
        assertThat(text).doesNotContain(CANARY);
    }
}
