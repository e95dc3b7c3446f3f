package dev.tokendoctor.storage;

import dev.tokendoctor.core.token.TokenParser;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What the app reads before its first frame, in a JVM of its own ({@link StartPathLoadsNoDatabindTest}):
 * settings, window placement, the stored tokens, the file-kept secrets. Prints what it found, one
 * fact a line; writes nothing.
 */
public final class StartPathChild {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Clock clock = Clock.systemUTC();
        SettingsStore settingsStore = new SettingsStore(data);
        AppSettings settings = settingsStore.load();
        System.out.println("settings " + settings.language() + " " + settings.expiringSoonMinutes() + " " + settings.notifications()
                + " " + settings.connection().provider() + " " + settings.connection().clientId() + " "
                + settings.connection().refreshMarginSeconds());
        System.out.println("problem " + settingsStore.problem().orElse("none"));
        System.out.println("window " + new WindowPlacement(data).load().map(Object::toString).orElse("none"));
        StoredTokens.Loaded loaded = new StoredTokens(new FileTokenStore(data, clock), new TokenParser(clock)).load();
        System.out.println("tokens " + (loaded instanceof StoredTokens.Found found
                ? "found " + found.parsed().record().expiresAt() + " " + found.parsed().record().tokenType()
                        + " " + found.parsed().record().refreshToken().length() + " " + found.parsed().shape()
                : loaded.getClass().getSimpleName()));
        System.out.println("secret " + !new SecretStore(data, Optional::empty).fingerprint(SecretStore.CLIENT_SECRET).isEmpty());
    }

    private StartPathChild() {
    }
}
