package dev.tokendoctor.core.token;

import static dev.tokendoctor.core.token.Fixtures.CZS;
import static dev.tokendoctor.core.token.Fixtures.CZU;
import static dev.tokendoctor.core.token.Fixtures.NOW;
import static dev.tokendoctor.core.token.Fixtures.REFRESH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A refresh token Coze refused turns the verdict into "sign in again", with Coze's reason. */
class RefreshVerdictTest {

    private final HealthEvaluator evaluator = new HealthEvaluator(HealthPolicy.DEFAULT);
    private final Instant issued = NOW.minus(Duration.ofMinutes(20));

    private TokenRecord czu(Instant expiresAt) {
        return new TokenRecord(CZU, REFRESH, expiresAt, issued, issued, null, null);
    }

    private static RefreshVerdict refused(RefreshVerdict.Reason reason) {
        return RefreshVerdict.rejected(REFRESH, reason);
    }

    @Test
    void expiredTokenWithARefusedRefreshTokenNeedsReauthorizationWithTheReason() {
        TokenRecord record = czu(NOW.minusSeconds(60));
        assertThat(evaluator.evaluate(record, NOW).state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);

        TokenHealth health = evaluator.evaluate(record, NOW, refused(RefreshVerdict.Reason.REUSED));

        assertThat(health.state()).isEqualTo(HealthState.EXPIRED_REAUTH_NEEDED);
        assertThat(health.reasons()).containsExactly(Msg.of("health.expired", java.time.Duration.ofMinutes(1)),
                Msg.of("health.reauth.refreshRejected", Msg.of("health.refreshRejected.reused")));
        assertThat(health.refreshLeft()).isPresent(); // the 30-day estimate is kept as evidence
    }

    @Test
    void everyReasonHasItsOwnWordsInBothLanguages() {
        TokenRecord record = czu(NOW.minusSeconds(60));
        for (RefreshVerdict.Reason reason : RefreshVerdict.Reason.values()) {
            TokenHealth health = evaluator.evaluate(record, NOW, refused(reason));
            assertThat(health.state()).as(reason.name()).isEqualTo(HealthState.EXPIRED_REAUTH_NEEDED);
            Msg last = health.reasons().get(health.reasons().size() - 1);
            String english = new Messages(Messages.ENGLISH).format(last);
            String chinese = new Messages(Messages.CHINESE).format(last);
            assertThat(english).startsWith("Coze refused the refresh token (").doesNotContain("{");
            assertThat(chinese).startsWith("扣子拒绝了刷新令牌（").doesNotContain("{");
        }
        assertThat(new Messages(Messages.ENGLISH).format(refused(RefreshVerdict.Reason.REUSED).reasonText()))
                .contains("already used");
    }

    @Test
    void aWorkingTokenKeepsItsStateButTheOutlookSaysTheRefreshTokenIsDead() {
        TokenHealth valid = evaluator.evaluate(czu(NOW.plus(Duration.ofMinutes(30))), NOW,
                refused(RefreshVerdict.Reason.REVOKED));
        assertThat(valid.state()).isEqualTo(HealthState.VALID);
        assertThat(valid.reasons()).endsWith(
                Msg.of("health.outlook.refreshRejected", Msg.of("health.refreshRejected.revoked")));

        TokenHealth soon = evaluator.evaluate(czu(NOW.plus(Duration.ofMinutes(5))), NOW,
                refused(RefreshVerdict.Reason.EXPIRED));
        assertThat(soon.state()).isEqualTo(HealthState.EXPIRING_SOON);
        assertThat(soon.reasons()).endsWith(
                Msg.of("health.outlook.refreshRejected", Msg.of("health.refreshRejected.expired")));
        assertThat(soon.reasons()).noneMatch(m -> m.key().equals("health.outlook.refresh"));
    }

    @Test
    void aVerdictAboutAnotherRefreshTokenIsIgnored() {
        TokenRecord afterNewSignIn = new TokenRecord(CZU, "a-new-refresh-token-0001", NOW.minusSeconds(60),
                issued, issued, null, null);

        TokenHealth health = evaluator.evaluate(afterNewSignIn, NOW, refused(RefreshVerdict.Reason.REUSED));

        assertThat(health.state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);
        assertThat(evaluator.evaluate(czu(NOW.minusSeconds(60)), NOW, null).state())
                .isEqualTo(HealthState.EXPIRED_REFRESHABLE);
    }

    @Test
    void serviceTokensKeepTheirOwnAdviceAndUnknownExpiryGetsTheOutlook() {
        TokenRecord service = new TokenRecord(CZS, REFRESH, NOW.minusSeconds(1), issued, issued, null, null);
        assertThat(evaluator.evaluate(service, NOW, refused(RefreshVerdict.Reason.UNKNOWN)).reasons())
                .contains(Msg.of("health.reauth.jwtFlow"));

        TokenHealth unknown = evaluator.evaluate(czu(null), NOW, refused(RefreshVerdict.Reason.UNKNOWN));
        assertThat(unknown.state()).isEqualTo(HealthState.EXPIRY_UNKNOWN);
        assertThat(unknown.reasons()).endsWith(
                Msg.of("health.outlook.refreshRejected", Msg.of("health.refreshRejected.unknown")));
    }

    @Test
    void theVerdictHoldsAFingerprintNeverTheSecret() {
        RefreshVerdict verdict = refused(RefreshVerdict.Reason.REUSED);

        assertThat(verdict.toString()).doesNotContain(REFRESH);
        assertThat(verdict.appliesTo(czu(NOW))).isTrue();
    }
}
