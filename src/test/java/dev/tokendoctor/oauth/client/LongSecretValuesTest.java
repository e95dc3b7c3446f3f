package dev.tokendoctor.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.redact.Redactor;
import dev.tokendoctor.oauth.support.TestKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 1: a secret-named JSON value of 1,500+ characters (Coze's own coze_oauth_config.json
 * holds an RSA-2048 key) overflowed the old oauth redactor's stack in ExchangeLog.record and ResponseReader.
 */
class LongSecretValuesTest {

    private static final String CONFIG = "{\"client_type\":\"jwt\",\"client_id\":\"1234567890\",\"private_key\":\""
            + TestKeys.privatePem().replace("\n", "\\n") + "\",\"client_secret\":\"" + "S".repeat(5000) + "\"}";

    @Test
    void theExchangeLogRecordsABodyHoldingAPrivateKey() {
        ExchangeLog log = new ExchangeLog();
        Exchange recorded = log.record(new Exchange(0, Instant.EPOCH, "POST", "http://127.0.0.1:9/x", 400, Duration.ZERO,
                List.of(), CONFIG, List.of(), CONFIG, CONFIG), List.of());

        String key = TestKeys.privatePem().substring(40, 100);
        assertThat(recorded.requestBody()).doesNotContain(key).doesNotContain("SSSSSSSS").contains("\"client_id\":\"1234567890\"");
        assertThat(recorded.responseBody()).doesNotContain(key);
        assertThat(recorded.failure()).doesNotContain(key);
    }

    @Test
    void theResponseReaderExplainsAnAnswerHoldingAPrivateKey() {
        ResponseReader reader = new ResponseReader(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new Redactor());
        OAuthOutcome outcome = reader.token(new HttpAnswer(200, List.of(), CONFIG));

        assertThat(outcome.toString()).doesNotContain(TestKeys.privatePem().substring(40, 100)).doesNotContain("SSSSSSSS");
    }
}
