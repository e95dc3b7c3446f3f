package dev.tokendoctor.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tokendoctor.core.diagnosis.Evidence.ClockOffset;
import dev.tokendoctor.core.diagnosis.Evidence.HealthEvidence;
import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer;
import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer.Call;
import dev.tokendoctor.core.diagnosis.Evidence.NetworkProblem;
import dev.tokendoctor.core.diagnosis.Evidence.PastedText;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.ParseWarning;
import dev.tokendoctor.core.token.TokenHealth;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DiagnoserTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private final Diagnoser diagnoser = new Diagnoser();

    private static TokenHealth health(HealthState state, String... reasonKeys) {
        return new TokenHealth(state, NOW, Duration.ofMinutes(-5), null, Double.NaN,
                java.util.Arrays.stream(reasonKeys).map(k -> Msg.of(k)).toList());
    }

    @Test
    void theSameWordsMeanDifferentThingsForEachCall() {
        HttpAnswer onRefresh = new HttpAnswer(Call.TOKEN_REFRESH, 400, "invalid_request", "invalid_request", "invalid request", null, null);
        HttpAnswer expiredOnRefresh = new HttpAnswer(Call.TOKEN_REFRESH, 400, "invalid_request", null, "refresh token expired", null, null);
        HttpAnswer wrongSecret = new HttpAnswer(Call.TOKEN_REFRESH, 401, "invalid_client", null, null, null, null);
        HttpAnswer onJwt = new HttpAnswer(Call.TOKEN_JWT, 400, "invalid_request", null, "invalid jwt", null, null);
        HttpAnswer apiOk = new HttpAnswer(Call.API, 200, null, null, "success", 0, null);

        assertThat(diagnoser.diagnose(onRefresh).kinds()).containsExactly(FailureKind.REFRESH_TOKEN_INVALID);
        assertThat(diagnoser.diagnose(expiredOnRefresh).kinds()).containsExactly(FailureKind.REFRESH_TOKEN_EXPIRED);
        assertThat(diagnoser.diagnose(wrongSecret).kinds()).containsExactly(FailureKind.INVALID_CLIENT);
        assertThat(diagnoser.diagnose(onJwt).kinds()).containsExactly(FailureKind.JWT_REJECTED);
        assertThat(diagnoser.diagnose(apiOk).findings()).isEmpty();
    }

    @Test
    void theBusinessCodeDecidesWhateverTheStatus() {
        HttpAnswer answer = new HttpAnswer(Call.API, 200, null, null, "access token invalid", 700012006, "LOGID0123456789ABCDEF");

        Finding finding = diagnoser.diagnose(answer).primary().orElseThrow();

        assertThat(finding.kind()).isEqualTo(FailureKind.ACCESS_TOKEN_EXPIRED);
        assertThat(finding.logId()).isEqualTo("LOGID0123456789ABCDEF");
        assertThat(finding.evidence()).isEqualTo("HTTP 200 code 700012006 : access token invalid");
        assertThat(finding.firstAutomatable()).map(Remedy::action).contains(Remedy.Action.REFRESH_NOW);
    }

    @ParameterizedTest
    @EnumSource(NetworkProblem.Kind.class)
    void everyNetworkProblemHasAKind(NetworkProblem.Kind kind) {
        Diagnosis diagnosis = diagnoser.diagnose(new NetworkProblem(kind, "could not reach api.coze.cn"));

        assertThat(diagnosis.kinds()).singleElement().isNotEqualTo(FailureKind.UNKNOWN);
        assertThat(diagnosis.primary().get().evidence()).contains(kind.name(), "api.coze.cn");
    }

    @Test
    void theTokensHealthNamesWhatIsLeftToDo() {
        assertThat(diagnoser.diagnose(new HealthEvidence(health(HealthState.EXPIRED_REFRESHABLE, "health.expired"), List.of())).kinds())
                .containsExactly(FailureKind.ACCESS_TOKEN_EXPIRED);
        assertThat(diagnoser.diagnose(new HealthEvidence(health(HealthState.EXPIRED_REAUTH_NEEDED, "health.expired",
                "health.reauth.noRefresh"), List.of())).kinds()).containsExactly(FailureKind.NO_REFRESH_TOKEN);
        assertThat(diagnoser.diagnose(new HealthEvidence(health(HealthState.EXPIRED_REAUTH_NEEDED, "health.expired",
                "health.reauth.refreshExpired"), List.of())).kinds()).containsExactly(FailureKind.REFRESH_TOKEN_EXPIRED);
        assertThat(diagnoser.diagnose(new HealthEvidence(health(HealthState.EXPIRED_REAUTH_NEEDED, "health.expired",
                "health.reauth.jwtFlow"), List.of())).kinds()).containsExactly(FailureKind.JWT_APP_TOKEN_EXPIRED);
        assertThat(diagnoser.diagnose(new HealthEvidence(health(HealthState.NOT_YET_VALID, "health.notYetValid"), List.of())).kinds())
                .containsExactly(FailureKind.CLOCK_SKEW);
        assertThat(diagnoser.diagnose(new HealthEvidence(health(HealthState.VALID, "health.valid"), List.of())).kinds()).isEmpty();
    }

    @Test
    void aFarFutureExpiryIsTheNowPlusExpiresInTrap() {
        ParseWarning farFuture = new ParseWarning(ParseWarning.Code.EXPIRY_FAR_FUTURE, Msg.of("warn.farFuture", "expires_at", "2081"));

        Diagnosis diagnosis = diagnoser.diagnose(new HealthEvidence(health(HealthState.VALID, "health.valid"), List.of(farFuture)));

        assertThat(diagnosis.kinds()).containsExactly(FailureKind.EXPIRY_MISINTERPRETED);
        assertThat(diagnosis.primary().get().remedies().get(0).instruction().key()).isEqualTo("remedy.FIX_CODE.expiresIn");
    }

    @Test
    void aValidLookingTokenThatTheServerRefusesPointsAtTheExpiryReading() {
        Diagnosis diagnosis = diagnoser.diagnose(
                new HealthEvidence(health(HealthState.VALID, "health.valid"), List.of()),
                new PastedText("{\"code\":4100,\"msg\":\"authentication is invalid\",\"detail\":{\"logid\":\"LOGID0123456789ABCDEF\"}}"));

        assertThat(diagnosis.kinds()).containsExactly(FailureKind.ACCESS_TOKEN_EXPIRED, FailureKind.EXPIRY_MISINTERPRETED);
        assertThat(diagnosis.findings().get(1).evidence()).contains("VALID", "4100");
        assertThat(diagnosis.findings().get(1).logId()).isEqualTo("LOGID0123456789ABCDEF");
    }

    @Test
    void aClockOffBeyondTwoMinutesIsSkew() {
        assertThat(diagnoser.diagnose(new ClockOffset(Duration.ofMinutes(-7))).kinds()).containsExactly(FailureKind.CLOCK_SKEW);
        assertThat(diagnoser.diagnose(new ClockOffset(Duration.ofSeconds(30))).kinds()).isEmpty();
    }

    @Test
    void evidenceFromSeveralSourcesKeepsOneFindingPerKindAndTheFirstLogid() {
        Diagnosis diagnosis = diagnoser.diagnose(
                new PastedText("HTTP/1.1 502 Bad Gateway"),
                new HttpAnswer(Call.API, 502, null, null, null, null, "LOGID0123456789ABCDEF"),
                new NetworkProblem(NetworkProblem.Kind.TIMEOUT, "no answer from api.coze.cn:443 in time"));

        assertThat(diagnosis.kinds()).containsExactly(FailureKind.SERVER_ERROR, FailureKind.TIMEOUT);
        assertThat(diagnosis.findings().get(0).logId()).isEqualTo("LOGID0123456789ABCDEF");
    }

    @Test
    void hugeBinaryAndEmptyPastesGetASentenceInsteadOfAResult() {
        String huge = "x".repeat(Diagnoser.MAX_CHARS + 1);

        assertThat(diagnoser.diagnoseText(huge).unreadable()).extracting(Msg::key).containsExactly("diag.tooLarge");
        assertThat(diagnoser.diagnoseText("abc\0def").unreadable()).extracting(Msg::key).containsExactly("diag.binary");
        assertThat(diagnoser.diagnoseText("  \n").unreadable()).extracting(Msg::key).containsExactly("diag.empty");
        assertThat(diagnoser.diagnoseText(null).unreadable()).extracting(Msg::key).containsExactly("diag.empty");
        assertThat(diagnoser.diagnoseBytes(new byte[] {'4', '1', 0, 0}).unreadable()).extracting(Msg::key).containsExactly("diag.binary");
        assertThat(diagnoser.diagnoseBytes(new byte[] {(byte) 0xC3, (byte) 0x28}).unreadable()).extracting(Msg::key)
                .containsExactly("diag.notUtf8");
        assertThat(diagnoser.diagnoseText(huge).findings()).isEmpty();
    }

    @Test
    void bytesAreReadAsUtf8() {
        byte[] bytes = "JWT token获取失败: Error: Token expired and refresh failed. Please re-authorize.".getBytes(StandardCharsets.UTF_8);

        assertThat(diagnoser.diagnoseBytes(bytes).kinds()).containsExactly(FailureKind.REFRESH_TOKEN_EXPIRED);
    }

    @Test
    void neverThrowsOnAnyText() {
        Random random = new Random(42);
        String alphabet = "{}[]\":,.\\/ \n\tabcHTTP4100code=error_#<>eyJczu_%&?令牌";
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(300); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThatCode(() -> diagnoser.diagnoseText(text.toString())).doesNotThrowAnyException();
        }
        assertThatCode(() -> diagnoser.diagnose((List<Evidence>) null)).doesNotThrowAnyException();
        assertThatCode(() -> diagnoser.diagnoseText("{".repeat(5000) + "\"error\":\"x\"")).doesNotThrowAnyException();
    }

    @Test
    void aPasteJustUnderTheLimitIsDiagnosedInTime() {
        String oneWord = "a".repeat(Diagnoser.MAX_CHARS - 100) + " Connection refused";
        String log = ("2026-11-27 10:00:00 INFO GET /v1/users/me token=abc123def456 code=200 {\"ok\":true}\n")
                .repeat(Diagnoser.MAX_CHARS / 90) + "HTTP/1.1 429 Too Many Requests";

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(diagnoser.diagnoseText(oneWord).kinds()).containsExactly(FailureKind.CONNECTION_FAILURE);
            assertThat(diagnoser.diagnoseText(log).kinds()).contains(FailureKind.RATE_LIMITED);
        });
    }

    @Test
    void aLongLineIsShortenedAroundWhatMatched() {
        String text = "a".repeat(1000) + " invalid jwt: kid not been registred " + "b".repeat(1000);

        String evidence = diagnoser.diagnoseText(text).primary().get().evidence();

        assertThat(evidence).contains("kid not been registred").hasSizeLessThanOrEqualTo(Fragments.MAX + 2);
    }
}
