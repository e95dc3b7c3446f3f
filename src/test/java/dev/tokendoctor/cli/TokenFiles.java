package dev.tokendoctor.cli;

import dev.tokendoctor.storage.FileTokenStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/** Token records as a web app stores them (Coze's response shape), written into an app data folder. */
final class TokenFiles {

    static String coze(String access, String refresh, Instant expiresAt) {
        return "{\"access_token\":\"" + access + "\"," + (refresh == null ? "" : "\"refresh_token\":\"" + refresh + "\",")
                + "\"token_type\":\"Bearer\",\"expires_in\":" + expiresAt.getEpochSecond() + "}";
    }

    /** Writes {@code json} as the app's stored tokens in {@code dataDir}. */
    static void store(Path dataDir, String json) throws IOException {
        new FileTokenStore(dataDir, Clock.systemUTC()).write(json.getBytes(StandardCharsets.UTF_8));
    }

    private TokenFiles() {
    }
}
