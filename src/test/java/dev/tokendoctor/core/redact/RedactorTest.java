package dev.tokendoctor.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.token.Fingerprint;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one redactor: long values (issue 13 item 1), literal secrets in their escaped forms, headers, bounds. */
class RedactorTest {

    @Test
    void aLongSecretNamedJsonValueNeitherOverflowsNorLeaks() {
        String plain = "CANARY" + "x".repeat(200_000);
        String escaped = "CANARY" + "a\\n".repeat(60_000);
        String json = "{\"private_key\":\"" + plain + "\",\"client_secret\":\"" + escaped + "\",\"code\":4100}";

        String out = Redactor.scrub(json);

        assertThat(out).doesNotContain("CANARY").contains("\"code\":4100");
        assertThat(out.length()).isLessThan(200);
    }

    @Test
    void cozesOwnOauthConfigFileWithItsRsaKeyIsRedacted() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
        String pem = "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
        String config = "{\n  \"client_type\": \"jwt\",\n  \"client_id\": \"1234567890\",\n  \"coze_www_base\": \"https://www.coze.cn\",\n"
                + "  \"public_key_id\": \"abcdef\",\n  \"private_key\": \"" + pem.replace("\n", "\\n") + "\"\n}";

        String out = Redactor.scrub(config);

        assertThat(out).doesNotContain(base64.substring(0, 40)).doesNotContain(base64.substring(900, 940))
                .contains("\"client_id\": \"1234567890\"").contains("[PEM ");
        assertThat(new Redactor(List.of(pem)).redact(config)).doesNotContain(base64.substring(0, 40))
                .contains(Fingerprints.shown(pem));
    }

    @Test
    void knownSecretsAreCaughtRawJsonEscapedAndPercentEncoded() {
        String secret = "s3cr\"et/with+odd chars&=";
        Redactor redactor = new Redactor(List.of(secret));

        String text = "raw " + secret + " json \"s3cr\\\"et\\/with+odd chars&=\" url s3cr%22et%2Fwith%2Bodd+chars%26%3D";

        assertThat(redactor.redact(text)).doesNotContain("odd").contains(Fingerprint.text(secret));
    }

    @Test
    void credentialHeadersKeepTheirSchemeAndNothingElse() {
        Redactor redactor = new Redactor();
        assertThat(redactor.redactHeader("Authorization", "Bearer czu_CANARYabcdefghij"))
                .isEqualTo("Bearer " + Fingerprint.text("czu_CANARYabcdefghij"));
        assertThat(redactor.redactHeader("Cookie", "a=CANARY1; b=CANARY2")).isEqualTo(Fingerprints.shown("a=CANARY1; b=CANARY2"));
        assertThat(redactor.redactHeader("X-Coze-Session", "CANARYsession")).doesNotContain("CANARY");
        assertThat(redactor.redactHeader("X-Tt-Logid", "2026030108")).isEqualTo("2026030108");
        String once = redactor.redactHeader("Set-Cookie", "sid=CANARY; HttpOnly");
        assertThat(redactor.redactHeader("Set-Cookie", once)).isEqualTo(once);
    }

    @Test
    void secretValuesAreFoundForTheLayersToRemember() {
        assertThat(Redactor.secretValues("{\"access_token\":\"tok-0001\",\"expires_in\":5,\"refresh_token\":\"rt-0002\"}"))
                .containsExactly("tok-0001", "rt-0002");
        assertThat(Redactor.secretValues(null)).isEmpty();
    }

    @Test
    void nullAndEmptyAreSafe() {
        assertThat(Redactor.scrub(null)).isEmpty();
        assertThat(new Redactor().redact(null)).isNull();
        assertThat(new Redactor().redactText(null)).isEmpty();
        assertThat(new Redactor().redactHeader("Cookie", null)).isNull();
    }

    @Test
    void theNumberOfRememberedSecretsIsBounded() {
        Redactor redactor = new Redactor();
        for (int i = 0; i < Redactor.MAX_KNOWN + 50; i++) {
            redactor.remember("secret-number-" + i);
        }
        assertThat(redactor.redact("secret-number-0 ")).isEqualTo("secret-number-0 ");
        assertThat(redactor.redact("x secret-number-" + (Redactor.MAX_KNOWN + 49))).doesNotContain("number");
    }
}
