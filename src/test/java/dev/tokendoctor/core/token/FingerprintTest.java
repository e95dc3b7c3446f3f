package dev.tokendoctor.core.token;

import static dev.tokendoctor.core.token.Fixtures.CZS;
import static dev.tokendoctor.core.token.Fixtures.CZU;
import static dev.tokendoctor.core.token.Fixtures.PAT;
import static dev.tokendoctor.core.token.Fixtures.REFRESH;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FingerprintTest {

    @Test
    void showsAKnownPrefixTheLengthAndEightHexDigitsOfTheHash() {
        Fingerprint fingerprint = Fingerprint.of(CZU);

        assertThat(fingerprint.prefix()).isEqualTo("czu_");
        assertThat(fingerprint.length()).isEqualTo(CZU.length());
        assertThat(fingerprint.hash()).matches("[0-9a-f]{8}")
                .isEqualTo(Fingerprint.sha256Hex(CZU).substring(0, 8));
        assertThat(fingerprint.toString()).isEqualTo("czu_…(" + CZU.length() + ")#" + fingerprint.hash());
        assertThat(Fingerprint.text(CZU)).isEqualTo(fingerprint.toString());
    }

    @Test
    void theSameSecretAskedAgainGivesTheSameFingerprintAndAnEqualCopyAnEqualOne() {
        String copy = new String(CZU.toCharArray());
        Fingerprint first = Fingerprint.of(CZU);
        for (int i = 0; i < 3; i++) {
            assertThat(Fingerprint.of(CZU)).isSameAs(first);
        }
        assertThat(Fingerprint.of(copy)).isEqualTo(first);
        // more secrets than the memo keeps: each still gets its own, right fingerprint
        for (String other : new String[] {CZS, PAT, REFRESH, "eyJhbGciOiJSUzI1NiJ9.e30.sig", "short"}) {
            assertThat(Fingerprint.of(other).hash()).isEqualTo(Fingerprint.sha256Hex(other).substring(0, 8));
        }
        assertThat(Fingerprint.of(CZU)).isEqualTo(first);
    }

    @Test
    void knowsEveryCozePrefixAndJwts() {
        assertThat(Fingerprint.of(CZS).prefix()).isEqualTo("czs_");
        assertThat(Fingerprint.of(PAT).prefix()).isEqualTo("pat_");
        assertThat(Fingerprint.of(Fixtures.jwt("{\"exp\":1}")).prefix()).isEqualTo("eyJ");
    }

    @Test
    void showsTwoCharactersOfAnUnknownLongSecretAndNoneOfAShortOne() {
        assertThat(Fingerprint.of(REFRESH).toString()).matches("Re…\\(34\\)#[0-9a-f]{8}");
        assertThat(Fingerprint.of("short-secret").toString()).matches("…\\(12\\)#[0-9a-f]{8}");
        assertThat(Fingerprint.of("czu_12345678").prefix()).isEmpty();
    }

    @Test
    void isEqualExactlyWhenTheSecretsAre() {
        assertThat(Fingerprint.of(CZU)).isEqualTo(Fingerprint.of(new String(CZU.toCharArray())))
                .hasSameHashCodeAs(Fingerprint.of(CZU));
        assertThat(Fingerprint.of(CZU)).isNotEqualTo(Fingerprint.of(CZU + "x"));
        assertThat(Fingerprint.of(CZU)).isNotEqualTo(Fingerprint.of(CZU.substring(0, CZU.length() - 1) + "Z"));
    }

    @Test
    void nothingIsEmpty() {
        assertThat(Fingerprint.of(null).toString()).isEqualTo("∅");
        assertThat(Fingerprint.of(null)).isEqualTo(Fingerprint.of(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {CZU, CZS, PAT, REFRESH, "short-secret", "zz"})
    void neverContainsTheSecretBeyondItsPrefix(String secret) {
        Fingerprint fingerprint = Fingerprint.of(secret);
        String body = secret.substring(fingerprint.prefix().length());

        assertThat(fingerprint.toString()).doesNotContain(body);
        assertThat(fingerprint.hash()).doesNotContain(body);
    }

    @Test
    void aRecordShowsOnlyFingerprints() {
        TokenRecord record = new TokenRecord(CZU, REFRESH, Fixtures.NOW, null, null, "Bearer", null);

        assertThat(record.toString()).doesNotContain(CZU).doesNotContain(REFRESH)
                .contains(Fingerprint.text(CZU)).contains(Fingerprint.text(REFRESH));
    }
}
