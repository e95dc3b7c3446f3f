package dev.tokendoctor.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.StoredTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes sharing one data folder never both spend the same refresh token. */
class RefreshLockProcessesTest {

    @TempDir
    Path dir;

    @Test
    void twoProcessesNeverSpendOneRefreshTokenTwice() throws Exception {
        new StoredTokens(new FileTokenStore(dir, Clock.systemUTC()), new TokenParser(Clock.systemUTC()))
                .save(new TokenRecord("czu_start", "rt_start", null, null, null, null, null));
        int rounds = Integer.getInteger("hardening.lockRounds", 40);
        Process a = Children.start(LockChild.class, dir.resolve("a.log"), dir.toString(), String.valueOf(rounds));
        Process b = Children.start(LockChild.class, dir.resolve("b.log"), dir.toString(), String.valueOf(rounds));

        assertThat(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(a.exitValue()).as(Files.readString(dir.resolve("a.log"))).isZero();
        assertThat(b.exitValue()).as(Files.readString(dir.resolve("b.log"))).isZero();
        List<String> spent = Files.readAllLines(dir.resolve("ledger.txt"));
        assertThat(new HashSet<>(spent)).hasSameSizeAs(spent);
        assertThat(spent).hasSizeGreaterThanOrEqualTo(rounds).contains("rt_start");
    }
}
