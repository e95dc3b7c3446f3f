package dev.tokendoctor.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tokendoctor.core.diagnosis.ConfigCheck;
import dev.tokendoctor.core.diagnosis.Diagnoser;
import dev.tokendoctor.core.diagnosis.Diagnosis;
import dev.tokendoctor.core.diagnosis.EnvFile;
import dev.tokendoctor.core.redact.Redactor;
import dev.tokendoctor.core.token.JwtDecoder;
import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.core.token.TokenParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Coverage-guided fuzzing (Jazzer) of the text parsers through their public entry points. In
 * {@code mvn verify} each runs its seed corpus (src/test/resources/.../ParserFuzzTestInputs);
 * {@code scripts/fuzz-long.sh} fuzzes each for real. Invariant: no uncaught exception, no hang,
 * every rejection a typed problem with a message.
 */
class ParserFuzzTest {

    private static final TokenParser PARSER = new TokenParser(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));

    @FuzzTest(maxDuration = "2m")
    void tokenRecords(byte[] input) {
        ParseResult result = Bounded.run("TokenParser.parse", () -> PARSER.parse(input));
        if (result instanceof ParseResult.Rejected rejected) {
            assertThat(rejected.problem()).isNotNull();
            assertThat(rejected.problem().message()).isNotNull();
        } else {
            assertThat(((ParseResult.Parsed) result).record().accessToken()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "2m")
    void jwts(byte[] input) {
        String token = new String(input, StandardCharsets.UTF_8);
        JwtDecoder.Result result = Bounded.run("JwtDecoder.decode", () -> JwtDecoder.decode(token));
        assertThat(result.ok() ? result.details() : result.problem()).isNotNull();
        if (!result.ok()) {
            assertThat(result.problem().message()).isNotNull();
        }
    }

    @FuzzTest(maxDuration = "2m")
    void envFiles(byte[] input) {
        EnvFile file = Bounded.run("EnvFile.parse", () -> EnvFile.parse(".env", input));
        assertThat(file.problems().size()).isLessThanOrEqualTo(201);
        Bounded.run("ConfigCheck.check", () -> new ConfigCheck("/oauth/callback").check(file));
    }

    @FuzzTest(maxDuration = "2m")
    void pastedErrors(byte[] input) {
        Diagnosis diagnosis = Bounded.run("Diagnoser.diagnoseBytes", () -> new Diagnoser().diagnoseBytes(input));
        assertThat(diagnosis).isNotNull();
    }

    @FuzzTest(maxDuration = "2m")
    void redaction(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String once = Bounded.run("Redactor.scrub", () -> Redactor.scrub(text));
        assertThat(Redactor.scrub(once)).isEqualTo(once);
    }
}
