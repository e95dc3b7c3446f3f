package dev.tokendoctor.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The sample files the README points to say what assets/samples/README.md promises. */
class SampleFilesTest {

    final TokenParser parser = new TokenParser(Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));

    ParseResult.Parsed parse(String name) throws Exception {
        ParseResult result = parser.parse(Files.readAllBytes(Path.of("assets/samples", name)));
        assertThat(result).as(name).isInstanceOf(ParseResult.Parsed.class);
        return (ParseResult.Parsed) result;
    }

    @Test
    void cozeResponseIsReadAsEpochSeconds() throws Exception {
        ParseResult.Parsed p = parse("coze-response.json");
        assertThat(p.expiry().source()).isEqualTo(ExpirySource.EPOCH_SECONDS);
        assertThat(p.record().expiresAt()).isEqualTo(Instant.ofEpochSecond(1795800000L));
    }

    @Test
    void farFutureBugIsCorrected() throws Exception {
        ParseResult.Parsed p = parse("far-future-bug.json");
        assertThat(p.has(ParseWarning.Code.EXPIRY_FAR_FUTURE)).isTrue();
        assertThat(p.record().expiresAt()).isEqualTo(Instant.ofEpochSecond(1795800900L));
    }

    @Test
    void durationWithoutIssueTimeIsUnknown() throws Exception {
        ParseResult.Parsed p = parse("duration-without-issue-time.json");
        assertThat(p.has(ParseWarning.Code.EXPIRES_IN_AS_DURATION)).isTrue();
        assertThat(p.has(ParseWarning.Code.DURATION_WITHOUT_ISSUE_TIME)).isTrue();
        assertThat(p.record().expiresAt()).isNull();
    }

    @Test
    void doubleEncodedIsDecoded() throws Exception {
        ParseResult.Parsed p = parse("double-encoded.txt");
        assertThat(p.has(ParseWarning.Code.DOUBLE_ENCODED)).isTrue();
        assertThat(p.path()).isEqualTo("$.tokens");
    }
}
