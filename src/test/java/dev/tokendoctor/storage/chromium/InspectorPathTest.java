package dev.tokendoctor.storage.chromium;

import static dev.tokendoctor.storage.chromium.ChromeEdgeCasesTest.key;
import static dev.tokendoctor.storage.chromium.ChromeEdgeCasesTest.latin1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.storage.leveldb.LogWriter;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.tokens.TokenFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Inspector's path keeps keys, sizes and verdicts, and only the values a token could be in; the rest is read when shown. */
class InspectorPathTest {

    static final String O = "http://app";

    @TempDir
    Path dir;

    static byte[] utf16(String text) {
        byte[] t = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[t.length + 1];
        System.arraycopy(t, 0, out, 1, t.length);
        return out;
    }

    @Test
    void tokenValuesAreKeptAndTheRestIsReadAgainWhenShown() throws Exception {
        new LogWriter()
                .put(key(O, "coze_oauth_tokens"), latin1("not even json"))
                .put(key(O, "jwt"), utf16("  eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"))
                .put(key(O, "pat"), latin1("\tBearer pat_abcdefghijklmnop"))
                .put(key(O, "json"), latin1("{\"access_token\":\"czu_abcdefghijkl\"}"))
                .put(key(O, "greeting"), latin1("hello there"))
                .put(key(O, "odd"), new byte[] {0, 'a', 0, 0x00, (byte) 0xD8, 'b', 0})
                .writeTo(dir.resolve("000003.log"));
        ChromiumStorageSource source = new ChromiumStorageSource("c", dir);

        ScanResult lean = TokenFinder.scanKeepingTokens(source, () -> false);

        assertThat(lean.find(O, "coze_oauth_tokens").orElseThrow().value()).isEqualTo("not even json");
        assertThat(lean.find(O, "jwt").orElseThrow().value()).startsWith("  eyJ");
        assertThat(lean.find(O, "pat").orElseThrow().value()).contains("pat_");
        assertThat(lean.find(O, "json").orElseThrow().value()).contains("access_token");
        assertThat(lean.find(O, "greeting").orElseThrow().value()).isNull();
        assertThat(lean.find(O, "greeting").orElseThrow().sizeBytes()).isEqualTo(11);
        // a value left undecoded is still checked: its lone surrogate is reported as before
        assertThat(lean.find(O, "odd").orElseThrow().value()).isNull();
        assertThat(lean.errors()).extracting(ScanError::problem, ScanError::key).contains(
                org.assertj.core.groups.Tuple.tuple(ScanError.Problem.INVALID_TEXT, "odd"));

        assertThat(source.value(O, "greeting", () -> false)).contains("hello there");
        assertThat(source.value(O, "odd", () -> false)).contains("a\uFFFDb");
        assertThat(source.value(O, "gone", () -> false)).isEmpty();
    }

    @Test
    void everyValueTheFinderWouldParseIsDecoded() {
        for (String v : List.of("czu_abcdefghijk", " \n czs_abcdefghijk", "pat_abcdefghijk", "eyJa.eyJb.c", "Bearer czu_abcdefghijk",
                "{\"accessToken\":\"x\"}", "\"{\\\"access_token\\\":1}\"", "\u2003czu_abcdefghijk")) {
            if (TokenFinder.looksLikeToken(v)) {
                int first = ChromeEncoding.firstNonSpace(latin1OrUtf16(v));
                assertThat(first == '{' || first == '"' || first == 'B' || first == 'c' || first == 'p' || first == 'e')
                        .as(v).isTrue();
            }
        }
        assertThat(ChromeEncoding.firstNonSpace(new byte[0])).isEqualTo(-1);
        assertThat(ChromeEncoding.firstNonSpace(new byte[] {7, 'c'})).isEqualTo(-1);
    }

    private static byte[] latin1OrUtf16(String v) {
        return v.chars().allMatch(c -> c < 256) ? latin1(v) : utf16(v);
    }
}
