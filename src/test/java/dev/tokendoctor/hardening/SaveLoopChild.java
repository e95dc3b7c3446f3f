package dev.tokendoctor.hardening;

import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.PageValueBackups;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.storage.StoredTokens;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Saves the token store, the settings, the secrets file and a page backup in a loop, each with a
 * new version, until killed; {@link KilledSavesTest} kills it with SIGKILL at a random moment.
 * The app's start-up cleanup runs first, as the app's does.
 */
public final class SaveLoopChild {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Clock clock = Clock.systemUTC();
        FileTokenStore store = new FileTokenStore(dir, clock);
        store.removeLeftovers();
        StoredTokens stored = new StoredTokens(store, new TokenParser(clock));
        SettingsStore settings = new SettingsStore(dir);
        SecretStore secrets = new SecretStore(dir);
        PageValueBackups pages = new PageValueBackups(dir, clock);
        String padding = "p".repeat(4096);
        for (long i = 1; ; i++) {
            stored.save(new TokenRecord("czu_v" + i + padding, "rt_v" + i, null, null, null, "Bearer", null));
            settings.save(AppSettings.DEFAULT.withExpiringSoonMinutes((int) (i % 1000) + 1));
            secrets.put(SecretStore.CLIENT_SECRET, "secret-v" + i + padding);
            pages.save("http://localhost:8082", "coze_oauth_tokens", "value-v" + i + padding);
            if (i == 1) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
