package dev.tokendoctor.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.diagnosis.Diagnoser;
import dev.tokendoctor.core.diagnosis.Evidence;
import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer.Call;
import dev.tokendoctor.core.diagnosis.FailureKind;
import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.DiagnosisEvidence;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.sandbox.FaultKind;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Real outcomes from the sandbox, adapted to evidence, diagnosed as the kinds the wizard acts on. */
class DiagnosisEvidenceAgainstSandboxTest extends SandboxIntegrationBase {

    private final Diagnoser diagnoser = new Diagnoser();

    @Test
    void aRotatedRefreshTokenIsDiagnosedAsADeadRefreshToken() throws Exception {
        TokenGrant first = signInWebApp();
        success(client.refresh(demo.webClientId(), first.refreshToken(), demo.webClientSecret()));
        OAuthOutcome reused = client.refresh(demo.webClientId(), first.refreshToken(), demo.webClientSecret());

        assertThat(reused).isInstanceOf(OAuthOutcome.ReauthorizationRequired.class);
        List<Evidence> evidence = DiagnosisEvidence.ofRefresh(reused);
        assertThat(evidence).singleElement().isInstanceOfSatisfying(Evidence.HttpAnswer.class,
                a -> assertThat(a.call()).isEqualTo(Call.TOKEN_REFRESH));
        assertThat(diagnoser.diagnose(evidence).primary().orElseThrow().kind())
                .isIn(FailureKind.REFRESH_TOKEN_REUSED, FailureKind.REFRESH_TOKEN_INVALID, FailureKind.REFRESH_TOKEN_EXPIRED);
        assertThat(evidence.toString()).doesNotContain(first.refreshToken());
    }

    @Test
    void aProbeWithAnExpiredTokenIsAnExpiredAccessTokenWithItsLogId() throws Exception {
        TokenGrant grant = signInWebApp();
        clock.step(Duration.ofHours(1));
        OAuthOutcome probe = client.probe(grant.accessToken());

        assertThat(probe).isInstanceOf(OAuthOutcome.BusinessError.class);
        var diagnosis = diagnoser.diagnose(DiagnosisEvidence.ofProbe(probe));
        assertThat(diagnosis.kinds()).containsExactly(FailureKind.ACCESS_TOKEN_EXPIRED);
        assertThat(diagnosis.logId()).isPresent();
    }

    @Test
    void serverTroubleAndRefusedConnectionsBecomeTheirKinds() throws Exception {
        sandbox.faults().once(FaultKind.HTTP_503);
        OAuthOutcome unavailable = client.refresh(demo.webClientId(), "rt_whatever_0123456789", demo.webClientSecret());
        assertThat(diagnoser.diagnose(DiagnosisEvidence.ofRefresh(unavailable)).kinds()).containsExactly(FailureKind.SERVER_ERROR);

        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (CozeOAuthClient nowhere = new CozeOAuthClient(CozeEndpoints.custom("http://127.0.0.1:" + port), clientConfig(), clock, log)) {
            OAuthOutcome refused = nowhere.probe("czu_anything_0123456789");
            assertThat(diagnoser.diagnose(DiagnosisEvidence.ofProbe(refused)).kinds()).containsExactly(FailureKind.CONNECTION_FAILURE);
        }
    }

    @Test
    void successesAndCancelsAreNoEvidenceAndASkewedDateIsClockEvidence() {
        assertThat(DiagnosisEvidence.ofProbe(new OAuthOutcome.Cancelled("user"))).isEmpty();
        assertThat(DiagnosisEvidence.ofRefresh(new OAuthOutcome.ReauthorizationRequired(
                OAuthOutcome.ReauthorizationRequired.Reason.MISSING, null))).isEmpty();
        Optional<Evidence> clockEvidence = DiagnosisEvidence.clockOffset(Optional.of(Duration.ofMinutes(-10)));
        assertThat(clockEvidence).contains(new Evidence.ClockOffset(Duration.ofMinutes(10)));
        assertThat(diagnoser.diagnose(clockEvidence.orElseThrow()).kinds()).containsExactly(FailureKind.CLOCK_SKEW);
    }
}
