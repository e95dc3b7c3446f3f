package dev.tokendoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tokendoctor.core.diagnosis.ConfigCheck;
import dev.tokendoctor.core.diagnosis.ConfigReport;
import dev.tokendoctor.core.diagnosis.Diagnoser;
import dev.tokendoctor.core.diagnosis.Diagnosis;
import dev.tokendoctor.core.diagnosis.EnvFile;
import dev.tokendoctor.core.diagnosis.Evidence;
import dev.tokendoctor.core.diagnosis.FailureKind;
import dev.tokendoctor.core.redact.Redactor;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.Exchange;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.network.NetworkReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Canary secrets planted in every input of the support bundle; none may reach any byte of any file in the zip. */
class SupportBundleCanaryTest {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final String ACCESS = "czu_CANARYaccess0123456789abcdefABCDEF";
    static final String REFRESH = "CANARYrefresh0123456789abcdef";
    static final String CLIENT_SECRET = "CANARYclientSecret0123456789";
    static final String CODE = "code_CANARYcode0123456789";
    static final String PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQCANARYprivateKeyBody0123456789abcdef\n-----END PRIVATE KEY-----";
    static final String ENV_SECRET = "CANARYenvSecret0123456789";

    @TempDir
    Path dir;

    @Test
    void noCanaryReachesAnyFileOfTheZip() throws Exception {
        BundleInput input = plantedEverywhere();
        SupportBundle bundle = SupportBundle.build(input);
        Path zip = dir.resolve("bundle.zip");
        bundle.writeTo(zip);

        Map<String, byte[]> files = unzip(Files.readAllBytes(zip));
        assertThat(files).containsOnlyKeys(SupportBundle.MARKDOWN, SupportBundle.JSON);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            String raw = new String(file.getValue(), StandardCharsets.ISO_8859_1);
            assertThat(text).as(file.getKey()).doesNotContainIgnoringCase("CANARY");
            assertThat(raw).as(file.getKey()).doesNotContainIgnoringCase("CANARY");
        }
        assertThat(Files.list(dir)).containsExactly(zip);
    }

    @Test
    void theReportSaysEverythingInBothLanguagesWithFingerprints() throws Exception {
        SupportBundle bundle = SupportBundle.build(plantedEverywhere());
        String md = bundle.preview();

        assertThat(md).contains("扣子令牌医生支持报告", "Coze Token Doctor support report", "## 中文", "## English");
        assertThat(md).contains("令牌状态", "Token status", "czu_…(", "Expired: sign in again");
        assertThat(md).contains("REFRESH_TOKEN_EXPIRED").contains("VITE_COZE_CLIENT_SECRET");
        assertThat(md).contains("GET http://127.0.0.1:9/v1/users/me").contains("HTTPS_PROXY");
        assertThat(md).contains("Token expired and refresh failed").contains("I clicked Re-authorize");
        assertThat(md).contains("java", "os").doesNotContain("!report.");

        JsonNode json = new ObjectMapper().readTree(bundle.json());
        assertThat(json.get("format").asText()).isEqualTo("coze-token-doctor-report/1");
        assertThat(json.at("/token/state").asText()).isEqualTo("EXPIRED_REAUTH_NEEDED");
        assertThat(json.at("/token/accessFingerprint").asText()).startsWith("czu_…(");
        assertThat(json.at("/diagnosis/findings")).isNotEmpty();
        assertThat(json.at("/config/findings")).isNotEmpty();
        assertThat(json.at("/network/clockOffsetSeconds").asLong()).isEqualTo(-180);
        assertThat(json.at("/exchanges")).hasSize(2);
    }

    @Test
    void redactorCatchesSecretShapesInFreeText() {
        Redactor r = new Redactor(List.of());
        String out = r.redact("Authorization: Bearer abcdefCANARY123 client_secret=CANARYs3cr3t "
                + "{\"refresh_token\": \"CANARYrt\"} code: CANARYcodeXYZ pat_CANARY0123456789 http://u:CANARYpw@proxy:3128 "
                + "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.CANARYsig " + PRIVATE_KEY + " code 4100 expires_in=1720098388");
        assertThat(out).doesNotContain("CANARY").contains("code 4100").contains("expires_in=1720098388");
    }

    private static BundleInput plantedEverywhere() {
        TokenRecord record = new TokenRecord(ACCESS, REFRESH, NOW.minusSeconds(600), NOW.minus(Duration.ofDays(31)),
                NOW.minus(Duration.ofDays(31)), "Bearer", null);
        TokenHealth health = new HealthEvaluator(HealthPolicy.DEFAULT).evaluate(record, NOW);

        ExchangeLog log = new ExchangeLog();
        log.record(new Exchange(0, NOW, "POST", "http://127.0.0.1:9/api/permission/oauth2/token?code=" + CODE, 400,
                Duration.ofMillis(12), List.of(new Exchange.Header("Authorization", "Bearer " + CLIENT_SECRET)),
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + REFRESH + "\",\"code\":\"" + CODE + "\"}",
                List.of(new Exchange.Header("X-Tt-Logid", "20260301080000ABCDEF0123456789")),
                "{\"error\":\"invalid_grant\",\"error_message\":\"refresh token expired\"}", null),
                List.of(CLIENT_SECRET, REFRESH, CODE));
        log.record(new Exchange(0, NOW, "GET", "http://127.0.0.1:9/v1/users/me", 401, Duration.ofMillis(3),
                List.of(new Exchange.Header("Authorization", "Bearer " + ACCESS)), null, List.of(),
                "{\"code\":4100,\"msg\":\"authentication is invalid\"}", null), List.of(ACCESS));

        String env = "VITE_COZE_USE_JWT=false\nVITE_COZE_CLIENT_ID=12345678901234567890123456789012.app.coze\n"
                + "VITE_COZE_CLIENT_SECRET=" + ENV_SECRET + "\nVITE_COZE_REDIRECT_URI=http://localhost:8082/oauth/callback\n"
                + "COZE_PRIVATE_KEY=\"" + PRIVATE_KEY.replace("\n", "\\n") + "\"\nVITE_COZE_TOKEN=" + ACCESS + "\n";
        ConfigReport config = new ConfigCheck("/oauth/callback").check(EnvFile.parse(".env", env));

        String pasted = "JWT token获取失败: Error: Token expired and refresh failed. Please re-authorize.\n"
                + "POST /api/permission/oauth2/token {\"refresh_token\":\"" + REFRESH + "\"} → 400 invalid_grant\n"
                + "Authorization: Bearer " + ACCESS + "\n?code=" + CODE + "&state=xyz\nclient_secret=" + CLIENT_SECRET
                + "\n" + PRIVATE_KEY + "\ntoken=eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjMifQ.CANARYjwtSignature\n";
        Diagnosis diagnosis = new Diagnoser().diagnose(List.of(new Evidence.PastedText(pasted),
                new Evidence.HealthEvidence(health, List.of()), new Evidence.ConfigFindings(config)));
        assertThat(diagnosis.kinds()).contains(FailureKind.REFRESH_TOKEN_EXPIRED);

        NetworkReport network = new NetworkReport(List.of(
                new NetworkReport.Step("127.0.0.1:9", NetworkReport.Kind.HTTP, NetworkReport.Result.OK,
                        dev.tokendoctor.core.i18n.Msg.of("net.detail.resolved", "GET with Bearer " + ACCESS), Duration.ofMillis(5), null)),
                List.of(new NetworkReport.ProxySetting("HTTPS_PROXY", "http://alice:CANARYproxyPassword@proxy:3128")),
                Duration.ofMinutes(-3), false);

        return BundleInput.at(NOW, ZoneId.of("Asia/Shanghai"))
                .withToken(record, health, "app store (tokens.json) " + ACCESS)
                .withDiagnosis(diagnosis).withConfig(config).withNetwork(network).withExchanges(log.snapshot())
                .withUserText("I clicked Re-authorize, then pasted " + ACCESS + " and pat_CANARYrepro0123456789 into the app",
                        pasted)
                .withSecrets(List.of(CLIENT_SECRET, PRIVATE_KEY));
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(e.getName()).doesNotContainIgnoringCase("CANARY");
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
