package dev.tokendoctor.core.diagnosis;

import static dev.tokendoctor.core.diagnosis.ConfigFinding.Code.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigCheckTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/env");
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);
    private final ConfigCheck check = new ConfigCheck("/oauth/callback");

    static EnvFile fixture(String name) {
        try {
            Path path = FIXTURES.resolve(name);
            return EnvFile.parse(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theGuidesOwnEnvExposesItsSecretAndMixesTwoFlows() {
        ConfigReport report = check.check(fixture("guide.env"));

        ConfigFinding exposed = report.withCode(SECRET_EXPOSED).get(0);
        assertThat(exposed.severity()).isEqualTo(Severity.HIGH);
        assertThat(exposed.location()).isEqualTo("guide.env:3");
        assertThat(exposed.shown()).startsWith("VITE_COZE_CLIENT_SECRET=").doesNotContain("fake-secret-for-tests-000");
        assertThat(ENGLISH.format(exposed.message())).contains("VITE_", "PKCE", "server");
        assertThat(report.withCode(FLOW_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FailureKind.APP_DISABLED_OR_WRONG_TYPE));
        assertThat(report.has(MISSING_VARIABLE)).isFalse();
        assertThat(report.has(CLIENT_ID_FORMAT)).isFalse();
        assertThat(report.has(REDIRECT_URI_ROUTE)).isFalse();
        assertThat(report.has(REGION_DEFAULT)).isTrue();
        assertThat(report.worst()).contains(Severity.HIGH);
        assertThat(report.findings().get(0).code()).isEqualTo(SECRET_EXPOSED);
        assertThat(report.settings()).filteredOn(s -> s.key().equals(ConfigCheck.CLIENT_SECRET)).singleElement()
                .satisfies(s -> assertThat(s.shown()).doesNotContain("fake-secret"));
    }

    @Test
    void quotesExportAndInlineCommentsAreReadAsDotenvDoes() {
        EnvFile file = fixture("odd-quoting.env");

        assertThat(file.effective().get("VITE_COZE_CLIENT_ID").value()).isEqualTo("12345678901234567890123456789012.app.coze");
        assertThat(file.effective().get("VITE_COZE_REDIRECT_URI").value()).isEqualTo("http://localhost:8082/oauth/callback");
        assertThat(file.effective().get("VITE_COZE_BASE_URL").value()).isEqualTo("https://api.coze.cn");
        assertThat(file.effective().get("VITE_COZE_BASE_URL").dropped()).isNull();
        assertThat(file.effective().get("VITE_COZE_USE_JWT").value()).isEqualTo("false");
        assertThat(file.problems()).extracting(ConfigFinding::code, ConfigFinding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(INVALID_LINE, 6), org.assertj.core.groups.Tuple.tuple(INVALID_LINE, 7));
        assertThat(check.check(file).findings()).extracting(ConfigFinding::severity).doesNotContain(Severity.HIGH);
    }

    @Test
    void aBomAndCrlfLineEndingsAreInvisible() throws IOException {
        byte[] bytes = Files.readAllBytes(FIXTURES.resolve("bom-crlf.env"));
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");

        EnvFile file = fixture("bom-crlf.env");

        assertThat(file.problems()).isEmpty();
        assertThat(file.effective()).containsOnlyKeys("VITE_COZE_USE_JWT", "VITE_COZE_CLIENT_ID", "VITE_COZE_REDIRECT_URI",
                "VITE_COZE_BASE_URL");
        assertThat(file.effective().get("VITE_COZE_REDIRECT_URI").value()).isEqualTo("http://localhost:8082/oauth/callback");
        ConfigReport report = check.check(file);
        assertThat(report.findings()).extracting(ConfigFinding::severity).containsOnly(Severity.INFO);
        assertThat(report.asFindings()).isEmpty();
    }

    @Test
    void theLastDuplicateWinsAndUnknownVariablesAreListed() {
        EnvFile file = fixture("duplicates.env");
        ConfigReport report = check.check(file);

        assertThat(file.effective().get("VITE_COZE_CLIENT_ID").value()).startsWith("2222");
        ConfigFinding duplicate = report.withCode(DUPLICATE_KEY).get(0);
        assertThat(duplicate.line()).isEqualTo(5);
        assertThat(duplicate.message().args()).containsExactly("VITE_COZE_CLIENT_ID", 1, 5);
        ConfigFinding unknown = report.withCode(UNKNOWN_VARIABLES).get(0);
        assertThat(unknown.severity()).isEqualTo(Severity.INFO);
        assertThat(unknown.message().args()).containsExactly("VITE_APP_TITLE, VITE_COZE_BOT_ID");
    }

    @Test
    void anUnquotedHashIsCutOffAsAComment() {
        ConfigReport report = check.check(fixture("hash-unquoted.env"));

        ConfigFinding cut = report.withCode(COMMENT_CUT_VALUE).get(0);
        assertThat(cut.message().args()).containsExactly("VITE_COZE_REDIRECT_URI", "#/oauth/callback");
        assertThat(cut.fixLine()).isEqualTo("VITE_COZE_REDIRECT_URI=http://localhost:8082/%23/oauth/callback");
        assertThat(check.check(EnvFile.parse(".env", "VITE_APP_TITLE=Team#1\n")).withCode(COMMENT_CUT_VALUE).get(0).fixLine())
                .isEqualTo("VITE_APP_TITLE=\"Team#1\"");
        // what dotenv actually hands the app is the bare origin: not the callback route
        assertThat(report.withCode(REDIRECT_URI_ROUTE)).singleElement()
                .satisfies(f -> assertThat(f.fixLine()).isEqualTo("VITE_COZE_REDIRECT_URI=http://localhost:8082/oauth/callback"));
    }

    @Test
    void aQuotedHashMustBeWrittenAsPercent23() {
        ConfigCheck hashRouter = new ConfigCheck("/#/oauth/callback");
        ConfigReport report = hashRouter.check(fixture("hash-quoted.env"));

        ConfigFinding hash = report.withCode(REDIRECT_URI_HASH).get(0);
        assertThat(hash.severity()).isEqualTo(Severity.HIGH);
        assertThat(hash.kind()).isEqualTo(FailureKind.REDIRECT_URI_MISMATCH);
        assertThat(hash.fixLine()).isEqualTo("VITE_COZE_REDIRECT_URI=http://localhost:8082/%23/oauth/callback");
        assertThat(report.has(REDIRECT_URI_ROUTE)).isFalse();
        List<Finding> findings = report.asFindings();
        assertThat(findings).extracting(Finding::kind).containsExactly(FailureKind.REDIRECT_URI_MISMATCH);
        assertThat(findings.get(0).remedies().get(0).instruction().args())
                .containsExactly("hash-quoted.env:2", "VITE_COZE_REDIRECT_URI=http://localhost:8082/%23/oauth/callback");
    }

    @Test
    void aComBaseUrlInAChineseSetupIsARegionSuspicion() {
        ConfigReport report = check.check(fixture("com-with-cn-setup.env"));

        ConfigFinding region = report.withCode(REGION_NOTE).get(0);
        assertThat(region.kind()).isEqualTo(FailureKind.REGION_MISMATCH);
        assertThat(region.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(region.fixLine()).isEqualTo("VITE_COZE_BASE_URL=https://api.coze.cn");
        ConfigFinding scopes = report.withCode(SCOPES_NOT_COZE).get(0);
        assertThat(scopes.severity()).isEqualTo(Severity.INFO);
        assertThat(ENGLISH.format(scopes.message())).contains("no such OAuth scopes", "console");
    }

    @Test
    void conflictingRegionsAreHigh() {
        ConfigReport report = check.check(fixture("region-conflict.env"));

        assertThat(report.withCode(REGION_CONFLICT)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        assertThat(report.asFindings()).extracting(Finding::kind).contains(FailureKind.REGION_MISMATCH);
    }

    @Test
    void missingRequiredVariablesAreConfigurationMissing() {
        ConfigReport report = check.check(fixture("missing.env"));

        assertThat(report.withCode(MISSING_VARIABLE)).extracting(f -> f.message().args().get(0))
                .containsExactlyInAnyOrder(ConfigCheck.CLIENT_ID, ConfigCheck.REDIRECT_URI);
        assertThat(report.asFindings()).extracting(Finding::kind).containsExactly(FailureKind.CONFIGURATION_MISSING);
    }

    @Test
    void theClientIdMustBe32DigitsAndAppCoze() {
        ConfigReport noSuffix = check.check(EnvFile.parse(".env", "VITE_COZE_CLIENT_ID=12345678901234567890123456789012\n"
                + "VITE_COZE_REDIRECT_URI=http://localhost:8082/oauth/callback\n"));
        ConfigReport garbage = check.check(EnvFile.parse(".env", "VITE_COZE_CLIENT_ID=my-app\n"
                + "VITE_COZE_REDIRECT_URI=http://localhost:8082/oauth/callback\n"));

        assertThat(noSuffix.withCode(CLIENT_ID_FORMAT).get(0).fixLine())
                .isEqualTo("VITE_COZE_CLIENT_ID=12345678901234567890123456789012.app.coze");
        assertThat(garbage.withCode(CLIENT_ID_FORMAT).get(0).kind()).isEqualTo(FailureKind.INVALID_CLIENT);
    }

    @Test
    void theRedirectUriIsParsedAndComparedWithTheServedRoute() {
        ConfigReport wrongRoute = check.check(EnvFile.parse(".env", "VITE_COZE_CLIENT_ID=12345678901234567890123456789012.app.coze\n"
                + "VITE_COZE_REDIRECT_URI=http://127.0.0.1:3000/callback/\n"));
        ConfigReport notHttp = check.check(EnvFile.parse(".env", "VITE_COZE_CLIENT_ID=12345678901234567890123456789012.app.coze\n"
                + "VITE_COZE_REDIRECT_URI=localhost:8082/oauth/callback\n"));
        ConfigReport plainHttp = check.check(EnvFile.parse(".env", "VITE_COZE_CLIENT_ID=12345678901234567890123456789012.app.coze\n"
                + "VITE_COZE_REDIRECT_URI=http://app.example.test/oauth/callback\n"));

        assertThat(wrongRoute.withCode(REDIRECT_URI_ROUTE).get(0).fixLine())
                .isEqualTo("VITE_COZE_REDIRECT_URI=http://127.0.0.1:3000/oauth/callback");
        assertThat(wrongRoute.withCode(REDIRECT_URI_REGISTER).get(0).message().args())
                .containsExactly("http://127.0.0.1:3000/callback/", "http", "127.0.0.1", "3000", "/callback/");
        assertThat(notHttp.has(REDIRECT_URI_INVALID)).isTrue();
        assertThat(plainHttp.withCode(REDIRECT_URI_INSECURE)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.LOW));
    }

    @Test
    void filesMergeInVitesOrder() {
        EnvFile env = fixture("vite/.env");
        EnvFile local = fixture("vite/.env.local");
        EnvFile development = fixture("vite/.env.development");

        ConfigReport report = check.check(development, env, local);

        assertThat(report.settings()).filteredOn(s -> s.key().equals(ConfigCheck.CLIENT_ID)).singleElement()
                .satisfies(s -> {
                    assertThat(s.shown()).startsWith("3333");
                    assertThat(s.file()).isEqualTo(".env.development");
                });
        assertThat(report.has(DUPLICATE_KEY)).isFalse();
        assertThat(ConfigCheck.rank(".env.development.local")).isGreaterThan(ConfigCheck.rank(".env.development"));
    }

    @Test
    void binaryAndNonUtf8FilesAreRefusedWithAReason() {
        EnvFile binary = EnvFile.parse(".env", new byte[] {'A', '=', 0, 'b'});
        EnvFile latin1 = EnvFile.parse(".env", new byte[] {'A', '=', (byte) 0xE9, '\n'});

        assertThat(binary.entries()).isEmpty();
        assertThat(binary.problems()).extracting(ConfigFinding::code).containsExactly(BINARY);
        assertThat(latin1.problems()).extracting(ConfigFinding::code).containsExactly(NOT_UTF8);
    }

    @Test
    void theConfigFindingsFeedTheDiagnosis() {
        Diagnosis diagnosis = new Diagnoser().diagnose(new Evidence.ConfigFindings(check.check(fixture("missing.env"))));

        assertThat(diagnosis.kinds()).containsExactly(FailureKind.CONFIGURATION_MISSING);
        assertThat(diagnosis.primary().get().remedies().get(0).action()).isEqualTo(Remedy.Action.FIX_CONFIGURATION);
        assertThat(diagnosis.primary().get().evidence()).contains("missing.env");
    }
}
