package dev.tokendoctor.core.token;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

/** The fixed clock and the token strings the core tests share. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final long NOW_S = NOW.getEpochSecond();
    static final long NOW_MS = NOW.toEpochMilli();
    /** Fifteen minutes from {@link #NOW}: the life of a Coze user access token. */
    static final long EXP_S = NOW_S + 900;
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final String CZU = "czu_UserAccessToken0123456789abcdefABCDEF";
    static final String CZS = "czs_ServiceAccessToken0123456789abcdefABC";
    static final String PAT = "pat_PersonalAccessToken0123456789abcdefAB";
    static final String REFRESH = "RefreshToken0123456789abcdefABCDEF";
    static final String OPAQUE = "sk-UnknownKindOfToken0123456789";

    static TokenParser parser() {
        return new TokenParser(CLOCK);
    }

    /** An unsigned-looking JWT with the given header and payload JSON and a dummy signature. */
    static String jwt(String headerJson, String payloadJson) {
        return b64(headerJson) + "." + b64(payloadJson) + ".c2lnbmF0dXJlLW5vdC1jaGVja2Vk";
    }

    static String jwt(String payloadJson) {
        return jwt("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", payloadJson);
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal whose content is {@code json}: one more level of encoding. */
    static String encode(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private Fixtures() {
    }
}
