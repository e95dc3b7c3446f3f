package dev.tokendoctor.hardening;

import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.RefreshLock;
import dev.tokendoctor.storage.StoredTokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.UUID;

/**
 * One "app instance" for {@link RefreshLockProcessesTest}: reads the store (a view that may go
 * stale), takes the refresh lock, reads again, and spends the refresh token only if it is still the
 * one stored — appending it to a shared ledger — then saves new tokens before letting go.
 */
public final class LockChild {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path ledger = dir.resolve("ledger.txt");
        StoredTokens stored = new StoredTokens(new FileTokenStore(dir, Clock.systemUTC()), new TokenParser(Clock.systemUTC()));
        RefreshLock lock = new RefreshLock(dir);
        for (int i = 0; i < rounds; i++) {
            String seen = current(stored).refreshToken();
            lock.exclusively(() -> {
                TokenRecord now = current(stored);
                if (now.refreshToken().equals(seen)) {
                    Files.writeString(ledger, seen + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    stored.save(new TokenRecord("czu_" + UUID.randomUUID(), "rt_" + UUID.randomUUID(), null, null, null, null, null));
                }
                return null;
            });
        }
        System.out.println("done");
    }

    private static TokenRecord current(StoredTokens stored) throws java.io.IOException {
        return ((StoredTokens.Found) stored.load()).parsed().record();
    }
}
