package dev.tokendoctor.app;

import dev.tokendoctor.service.ConnectionService;
import dev.tokendoctor.service.RefreshService;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.Grants;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.testing.MutableClock;
import dev.tokendoctor.testing.SandboxSignIn;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app instances (each its own store object and refresh service) on one data folder refresh at
 * the same moment, against the sandbox, which rotates refresh tokens: the refresh lock lets one
 * spend the refresh token, the other reads the new tokens; never two refreshes with one token.
 */
class TwoInstancesRefreshTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    final ExchangeLog log = new ExchangeLog();
    final ConnectionSettings settings = new ConnectionSettings("SANDBOX", "", "PKCE", "", "", "", "", 60, false);
    ConnectionService connection;

    @BeforeEach
    void open() {
        connection = new ConnectionService(() -> settings, new SecretStore(dir), clock, log, SandboxConfig.defaults());
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    void simultaneousRefreshesSpendEachRefreshTokenOnce() throws Exception {
        StoredTokens first = stored();
        StoredTokens second = stored();
        first.save(Grants.toRecord(SandboxSignIn.signIn(connection.profile(), connection.client())));
        int rounds = 5;
        try (RefreshService a = new RefreshService(connection, first, clock, () -> settings, o -> { });
             RefreshService b = new RefreshService(connection, second, clock, () -> settings, o -> { })) {
            for (int round = 0; round < rounds; round++) {
                CountDownLatch start = new CountDownLatch(1);
                CompletableFuture<OAuthOutcome> fromA = CompletableFuture.supplyAsync(() -> refresh(a, start));
                CompletableFuture<OAuthOutcome> fromB = CompletableFuture.supplyAsync(() -> refresh(b, start));
                start.countDown();

                assertThat(List.of(fromA.join(), fromB.join())).allSatisfy(o -> assertThat(o).isInstanceOf(OAuthOutcome.Success.class));
                assertThat(((OAuthOutcome.Success) fromA.join()).grant().accessToken())
                        .isEqualTo(((OAuthOutcome.Success) fromB.join()).grant().accessToken());
            }
        }
        long tokenCalls = log.snapshot().stream().filter(e -> e.url().contains("/oauth2/token")).count();
        // one for the sign-in's code exchange, then exactly one per round
        assertThat(tokenCalls).isEqualTo(1 + rounds);
    }

    private StoredTokens stored() {
        return new StoredTokens(new FileTokenStore(dir, clock), new TokenParser(clock));
    }

    private static OAuthOutcome refresh(RefreshService service, CountDownLatch start) {
        try {
            start.await();
            return service.refreshNow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
