package dev.tokendoctor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 4 of issue 10: the sandbox stands in for Coze, and Coze does not forget a grant when the
 * app restarts. With a grants file the tokens of one run still work in the next; the file holds
 * only hashes. Finding 5: by default access tokens live Coze's 15 minutes.
 */
class GrantsAcrossRestartTest extends SandboxTestBase {

    @TempDir
    Path dir;

    @Override
    SandboxConfig config() {
        return SandboxConfig.defaults().withClock(clock).withGrantsFile(dir.resolve("sandbox").resolve("grants.json"));
    }

    @Test
    void aRestartedSandboxStillKnowsTheAccessAndRefreshTokensItIssued() throws Exception {
        Map<String, Object> first = webTokens();
        String access = (String) first.get("access_token");
        String refresh = (String) first.get("refresh_token");
        sandbox.stop();

        sandbox = CozeSandbox.start(config());
        clock.advance(Duration.ofMinutes(1));
        HttpResponse<String> me = get(CozeSandbox.USERS_ME_PATH, "Authorization", "Bearer " + access);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        HttpResponse<String> refreshed = token(body("grant_type", "refresh_token", "client_id", sandbox.demo().webClientId(),
                "refresh_token", refresh), sandbox.demo().webClientSecret());
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        sandbox.stop();

        // the spent refresh token stays spent after another restart
        sandbox = CozeSandbox.start(config());
        HttpResponse<String> reused = token(body("grant_type", "refresh_token", "client_id", sandbox.demo().webClientId(),
                "refresh_token", refresh), sandbox.demo().webClientSecret());
        assertThat(errorMessage(reused)).contains("already been used");

        String onDisk = Files.readString(dir.resolve("sandbox").resolve("grants.json"));
        assertThat(onDisk).doesNotContain(access).doesNotContain(refresh);
    }

    @Test
    void accessTokensLiveCozesFifteenMinutesByDefault() throws Exception {
        Map<String, Object> tokens = webTokens();
        assertThat(((Number) tokens.get("expires_in")).longValue()).isEqualTo(START.getEpochSecond() + 15 * 60);
        assertThat(SandboxConfig.defaults().accessTokenLifetime()).isEqualTo(Duration.ofMinutes(15));
    }
}
