package dev.tokendoctor.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.RefreshVerdict;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.Grants;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.oauth.refresh.TokenRefresher;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.StoredTokens;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grants from the sandbox saved in the app's store and read back, as the composition root will wire it. */
class GrantStorageRoundTripTest extends SandboxIntegrationBase {

    @TempDir
    Path dataDir;

    private StoredTokens stored() {
        return new StoredTokens(new FileTokenStore(dataDir, clock), new TokenParser(clock));
    }

    private TokenRecord load(StoredTokens stored) throws Exception {
        StoredTokens.Loaded loaded = stored.load();
        assertThat(loaded).isInstanceOf(StoredTokens.Found.class);
        return ((StoredTokens.Found) loaded).parsed().record();
    }

    @Test
    void aSandboxGrantRoundTripsThroughTheStore() throws Exception {
        TokenGrant grant = signInWebApp();
        StoredTokens stored = stored();

        stored.save(Grants.toRecord(grant));
        TokenRecord back = load(stored);

        assertThat(back.expiresAt()).isEqualTo(grant.expiresAt()); // absolute, not obtained + expires_in
        assertThat(back.issuedAt()).isEqualTo(grant.obtainedAt());
        assertThat(back.refreshIssuedAt()).isEqualTo(grant.refreshObtainedAt());
        assertThat(Grants.fromRecord(back)).isEqualTo(new TokenGrant(grant.accessToken(), grant.refreshToken(),
                grant.expiresAt(), grant.tokenType(), grant.obtainedAt(), grant.refreshObtainedAt(), java.util.Map.of()));
    }

    @Test
    void theRefresherPersistsTheRotatedRefreshTokenBeforeAnyoneUsesIt() throws Exception {
        StoredTokens stored = stored();
        TokenGrant first = signInWebApp();
        stored.save(Grants.toRecord(first));
        clock.step(Duration.ofMinutes(3));
        TokenRefresher refresher = new TokenRefresher(Grants.fromRecord(load(stored)),
                TokenRefresher.withRefreshToken(client, demo.webClientId(), demo.webClientSecret()),
                grant -> stored.save(Grants.toRecord(grant)), clock);

        OAuthOutcome outcome = refresher.refresh();

        TokenGrant fresh = success(outcome);
        TokenRecord onDisk = load(stored);
        assertThat(onDisk.refreshToken()).isEqualTo(fresh.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(onDisk.refreshIssuedAt()).isEqualTo(clock.instant());
        // a restarted app refreshes with what is on disk
        assertThat(client.refresh(demo.webClientId(), onDisk.refreshToken(), demo.webClientSecret()))
                .isInstanceOf(OAuthOutcome.Success.class);
    }

    @Test
    void aRefusedRefreshTurnsTheStoredRecordIntoReauthNeededWithTheReason() throws Exception {
        StoredTokens stored = stored();
        TokenGrant grant = signInWebApp();
        stored.save(Grants.toRecord(grant));
        client.refresh(demo.webClientId(), grant.refreshToken(), demo.webClientSecret()); // another tab
        clock.step(Duration.ofMinutes(3));
        TokenRecord record = load(stored);
        HealthEvaluator evaluator = new HealthEvaluator(HealthPolicy.DEFAULT);
        assertThat(evaluator.evaluate(record, clock.instant()).state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);

        OAuthOutcome refused = new TokenRefresher(Grants.fromRecord(record),
                TokenRefresher.withRefreshToken(client, demo.webClientId(), demo.webClientSecret()),
                g -> stored.save(Grants.toRecord(g)), clock).refresh();
        RefreshVerdict verdict = Grants.verdictOf(refused, record.refreshToken()).orElseThrow();
        TokenHealth health = evaluator.evaluate(load(stored), clock.instant(), verdict);

        assertThat(verdict.reason()).isEqualTo(RefreshVerdict.Reason.REUSED);
        assertThat(health.state()).isEqualTo(HealthState.EXPIRED_REAUTH_NEEDED);
        assertThat(health.reasons()).anySatisfy(m -> assertThat(m.key()).isEqualTo("health.reauth.refreshRejected"));
    }
}
