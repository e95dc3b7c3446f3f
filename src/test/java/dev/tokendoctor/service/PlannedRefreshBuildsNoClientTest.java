package dev.tokendoctor.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.refresh.AutomaticRefresh;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planning the automatic refresh costs no HTTP client: httpclient5 and a TLS context over the
 * system's trust store (about 600 classes, seen with -Xlog:class+load) waited in memory for hours
 * in an idle app. The client is built when the refresh runs.
 */
class PlannedRefreshBuildsNoClientTest {

    @TempDir
    Path dir;

    @Test
    void aPlannedRefreshLeavesTheClientUnbuiltUntilItRuns() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        ConnectionSettings coze = new ConnectionSettings("COZE_CN", "", "PKCE", "client-1", "", "", "", 60, true);
        try (ConnectionService connection = new ConnectionService(() -> coze, new SecretStore(dir), clock, new ExchangeLog(),
                SandboxConfig.defaults())) {
            StoredTokens stored = new StoredTokens(new FileTokenStore(dir, clock), new TokenParser(clock));
            Instant now = clock.instant();
            stored.save(new TokenRecord("czu_PlannedRefreshAccess0123456789abcdef", "rt_PlannedRefresh0123456789", now.plus(Duration.ofHours(2)),
                    now, now, null, null));
            RefreshService refresh = new RefreshService(connection, stored, clock, () -> coze, o -> { });
            refresh.restartAutomatic();

            assertThat(refresh.automatic().mode()).isEqualTo(AutomaticRefresh.Mode.SCHEDULED);
            assertThat(connection.clientBuilt()).as("an HTTP client built only to plan").isFalse();
            refresh.stopAutomatic();
        }
    }
}
