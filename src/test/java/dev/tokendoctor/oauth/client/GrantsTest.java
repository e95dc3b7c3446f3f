package dev.tokendoctor.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokendoctor.core.token.RefreshVerdict;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.OAuthOutcome.ReauthorizationRequired;
import dev.tokendoctor.oauth.client.OAuthOutcome.ReauthorizationRequired.Reason;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrantsTest {

    private static final Instant OBTAINED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant REFRESH_ISSUED = Instant.parse("2026-02-20T08:00:00Z");
    private static final Instant EXPIRES = Instant.ofEpochSecond(1_772_352_900L);

    @Test
    void grantToRecordCarriesTokensAbsoluteExpiryAndBothIssueTimes() {
        TokenGrant grant = new TokenGrant("czu_access", "refresh-1", EXPIRES, "Bearer", OBTAINED, REFRESH_ISSUED,
                Map.of("expires_in", 1_772_352_900L));

        TokenRecord record = Grants.toRecord(grant);

        assertThat(record.accessToken()).isEqualTo("czu_access");
        assertThat(record.refreshToken()).isEqualTo("refresh-1");
        assertThat(record.expiresAt()).isEqualTo(EXPIRES);
        assertThat(record.issuedAt()).isEqualTo(OBTAINED);
        assertThat(record.refreshIssuedAt()).isEqualTo(REFRESH_ISSUED);
        assertThat(record.tokenType()).isEqualTo("Bearer");
        assertThat(record.jwt()).isNull();
        assertThat(Grants.fromRecord(record)).isEqualTo(new TokenGrant("czu_access", "refresh-1", EXPIRES, "Bearer",
                OBTAINED, REFRESH_ISSUED, Map.of()));
    }

    @Test
    void serviceGrantWithoutRefreshTokenOrExpiry() {
        TokenGrant grant = new TokenGrant("czs_service", null, null, null, OBTAINED, null, Map.of());

        TokenRecord record = Grants.toRecord(grant);

        assertThat(record.hasRefreshToken()).isFalse();
        assertThat(record.refreshIssuedAt()).isNull();
        assertThat(record.expiresAt()).isNull();
        assertThat(Grants.fromRecord(record).refreshable()).isFalse();
    }

    @Test
    void recordWithoutIssueTimeNeedsALoadTime() {
        TokenRecord record = new TokenRecord("czu_browser", "r", EXPIRES, null, null, null, null);

        assertThatThrownBy(() -> Grants.fromRecord(record)).isInstanceOf(IllegalArgumentException.class);
        TokenGrant grant = Grants.fromRecord(record, OBTAINED);
        assertThat(grant.obtainedAt()).isEqualTo(OBTAINED);
        assertThat(grant.refreshObtainedAt()).isNull();
    }

    @Test
    void deadRefreshOutcomesBecomeVerdictsAndNothingElseDoes() {
        assertThat(Grants.verdictOf(new ReauthorizationRequired(Reason.REUSED, null), "refresh-1"))
                .contains(RefreshVerdict.rejected("refresh-1", RefreshVerdict.Reason.REUSED));
        assertThat(Grants.verdictOf(new ReauthorizationRequired(Reason.EXPIRED, null), "refresh-1").orElseThrow().reason())
                .isEqualTo(RefreshVerdict.Reason.EXPIRED);
        assertThat(Grants.verdictOf(new ReauthorizationRequired(Reason.REVOKED, null), "refresh-1").orElseThrow().reason())
                .isEqualTo(RefreshVerdict.Reason.REVOKED);
        assertThat(Grants.verdictOf(new ReauthorizationRequired(Reason.UNKNOWN, null), "refresh-1").orElseThrow().reason())
                .isEqualTo(RefreshVerdict.Reason.UNKNOWN);
        assertThat(Grants.verdictOf(new ReauthorizationRequired(Reason.MISSING, null), "refresh-1")).isEmpty();
        assertThat(Grants.verdictOf(new ReauthorizationRequired(Reason.REUSED, null), null)).isEmpty();
        assertThat(Grants.verdictOf(new OAuthOutcome.ProtocolError(503,
                OAuthOutcome.ProtocolError.Problem.SERVER_UNAVAILABLE, "", null), "refresh-1")).isEmpty();
    }
}
