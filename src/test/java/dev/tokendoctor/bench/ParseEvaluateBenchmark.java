package dev.tokendoctor.bench;

import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.core.token.TokenParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Parse plus evaluate, per record, for the three inputs the status screen sees most.
 * Run with {@code scripts/bench-parse.sh}; surefire never runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseEvaluateBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final long EXP_S = NOW.getEpochSecond() + 900;

    private final TokenParser parser = new TokenParser(Clock.fixed(NOW, ZoneOffset.UTC));
    private final HealthEvaluator evaluator = new HealthEvaluator(HealthPolicy.DEFAULT);

    private final String cozeResponse = "{\"access_token\":\"czu_UserAccessToken0123456789abcdefABCDEF\","
            + "\"refresh_token\":\"RefreshToken0123456789abcdefABCDEF\",\"expires_in\":" + EXP_S
            + ",\"token_type\":\"Bearer\"}";

    private final String doubleEncodedNestedCamel = jsonString("{\"tokens\":" + jsonString(
            "{\"accessToken\":\"czu_UserAccessToken0123456789abcdefABCDEF\","
                    + "\"refreshToken\":\"RefreshToken0123456789abcdefABCDEF\",\"expiresAt\":" + EXP_S * 1000
                    + ",\"obtainedAt\":" + NOW.toEpochMilli() + "}") + "}");

    private final String jwt = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}") + "."
            + b64("{\"iss\":\"1234567890\",\"aud\":\"api.coze.cn\",\"iat\":" + NOW.getEpochSecond()
                    + ",\"exp\":" + EXP_S + ",\"jti\":\"0f8e6c1a-5d1b-4a43-9a8e-2a4b0b7f1c11\"}")
            + ".c2lnbmF0dXJlLW5vdC1jaGVja2VkLWJ5LXRoZS1kb2N0b3I";

    @Benchmark
    public TokenHealth cozeResponse() {
        return evaluator.evaluate(parser.parse(cozeResponse), NOW);
    }

    @Benchmark
    public TokenHealth doubleEncodedNestedCamelCase() {
        return evaluator.evaluate(parser.parse(doubleEncodedNestedCamel), NOW);
    }

    @Benchmark
    public TokenHealth jwtBareToken() {
        return evaluator.evaluate(parser.parse(jwt), NOW);
    }

    private static String jsonString(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
