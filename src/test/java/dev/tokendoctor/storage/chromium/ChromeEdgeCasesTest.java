package dev.tokendoctor.storage.chromium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.storage.leveldb.LogWriter;
import dev.tokendoctor.storage.source.ScanCollector;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.source.StorageEntry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromeEdgeCasesTest {

    @TempDir
    Path dir;

    static byte[] key(String origin, String key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("_" + origin).getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.write(1);
        out.writeBytes(key.getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static byte[] latin1(String value) {
        byte[] text = value.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[text.length + 1];
        out[0] = 1;
        System.arraycopy(text, 0, out, 1, text.length);
        return out;
    }

    @Test
    void aTenMegabyteValueIsReadAcrossHundredsOfBlocksAndCutForTheUi() throws Exception {
        byte[] big = new byte[10 << 20];
        Arrays.fill(big, (byte) 'z');
        big[0] = 1;
        new LogWriter().put(key("http://big", "huge"), big).put(key("http://big", "small"), latin1("ok")).writeTo(dir.resolve("000003.log"));

        ScanResult result = new ChromiumStorageSource("c", dir).scan();

        StorageEntry huge = result.find("http://big", "huge").orElseThrow();
        assertThat(huge.sizeBytes()).isEqualTo((10 << 20) - 1);
        assertThat(huge.truncated()).isTrue();
        assertThat(huge.value()).hasSize(ScanCollector.DEFAULT_MAX_VALUE_CHARS);
        assertThat(result.find("http://big", "small").orElseThrow().value()).isEqualTo("ok");
        assertThat(result.errors()).extracting(ScanError::problem)
                .containsExactlyInAnyOrder(ScanError.Problem.MISSING_CURRENT, ScanError.Problem.VALUE_TOO_LARGE);
    }

    @Test
    void loneSurrogatesInUtf16ValuesAreReplacedAndReported() throws Exception {
        byte[] value = {0, 'a', 0, 0x00, (byte) 0xD8, 'b', 0};
        new LogWriter().put(key("http://x", "odd"), value).writeTo(dir.resolve("000003.log"));

        ScanResult result = new ChromiumStorageSource("c", dir).scan();

        assertThat(result.find("http://x", "odd").orElseThrow().value()).isEqualTo("a\uFFFDb");
        assertThat(result.errors()).extracting(ScanError::problem, ScanError::key)
                .contains(org.assertj.core.groups.Tuple.tuple(ScanError.Problem.INVALID_TEXT, "odd"));
    }

    @Test
    void theNewestOfManyUpdatesWinsWithinOneLog() throws Exception {
        LogWriter log = new LogWriter();
        for (int i = 0; i < 50; i++) {
            log.put(key("http://x", "k"), latin1("v" + i));
        }
        log.writeTo(dir.resolve("000003.log"));
        Files.writeString(dir.resolve("CURRENT"), "MANIFEST-000001\n");
        Files.write(dir.resolve("MANIFEST-000001"), new byte[0]);

        ScanResult result = new ChromiumStorageSource("c", dir).scan();

        assertThat(result.errors()).isEmpty();
        assertThat(result.find("http://x", "k").orElseThrow().value()).isEqualTo("v49");
    }
}
