package dev.tokendoctor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles written by other versions open; files that are not bundles say why. */
class BundleReaderTest {

    /** Written by the main branch of 2026-12-01 (BundleFixtureMaker): real sandbox exchanges, network check, .env check. */
    static final Path MAIN_2026_12_01 = Path.of("src/test/resources/fixtures/bundles/main-2026-12-01.zip");

    @TempDir
    Path dir;

    @Test
    void aBundleWrittenByTheMainOf20261201Opens() throws Exception {
        BundleReport r = new BundleReader().read(MAIN_2026_12_01);
        assertThat(r.schema()).isEqualTo("coze-token-doctor-report/1");
        assertThat(r.version()).isEqualTo(1);
        assertThat(r.newer()).isFalse();
        assertThat(r.createdAt()).isNotNull();
        assertThat(r.token().state()).isEqualTo("EXPIRED_REFRESHABLE");
        assertThat(r.token().accessFingerprint()).startsWith("czu_…(");
        assertThat(r.token().reasons()).isNotEmpty();
        assertThat(r.findings()).extracting(BundleReport.Finding::kind).contains("REFRESH_TOKEN_REUSED");
        assertThat(r.findings().get(0).logId()).isNotEmpty();
        assertThat(r.config()).isNotEmpty();
        assertThat(r.network().ran()).isTrue();
        assertThat(r.exchanges()).extracting(BundleReport.ExchangeLine::url).anyMatch(u -> u.endsWith("/v1/users/me"));
        assertThat(r.pastedErrors()).contains("invalid_grant");
        assertThat(r.reproduction()).contains("coze-test");
        assertThat(r.markdown()).contains("## 中文").contains("## English");
    }

    @Test
    void aNewerReportWithMoreFieldsStillOpensAndSaysSo() throws Exception {
        String json = "{\"schema\":\"coze-token-doctor-report/2\",\"createdAt\":\"2027-01-01T00:00:00Z\","
                + "\"wizard\":{\"steps\":[1,2,3]},\"token\":{\"state\":\"VALID\",\"reasons\":[\"fine\"],\"extra\":true},"
                + "\"exchanges\":[{\"id\":\"not a number\",\"url\":\"https://api.coze.cn/v1/users/me\"}]}";
        BundleReport r = new BundleReader().read(zip("report.json", json));
        assertThat(r.newer()).isTrue();
        assertThat(r.version()).isEqualTo(2);
        assertThat(r.token().state()).isEqualTo("VALID");
        assertThat(r.token().reasons()).containsExactly("fine");
        assertThat(r.exchanges()).hasSize(1);
        assertThat(r.findings()).isEmpty();
        assertThat(r.network().ran()).isFalse();
    }

    @Test
    void whatIsNotABundleSaysWhy() throws Exception {
        assertReason(Files.writeString(dir.resolve("plain.zip"), "hello"), BundleReader.NotABundle.Reason.NOT_A_ZIP);
        assertReason(zip("other.txt", "x"), BundleReader.NotABundle.Reason.NO_REPORT);
        assertReason(zip("report.json", "{nope"), BundleReader.NotABundle.Reason.NOT_JSON);
        assertReason(zip("report.json", "{\"schema\":\"someone-else/1\"}"), BundleReader.NotABundle.Reason.OTHER_SCHEMA);
        assertReason(zip("report.json", "[]"), BundleReader.NotABundle.Reason.OTHER_SCHEMA);
    }

    private void assertReason(Path file, BundleReader.NotABundle.Reason reason) {
        assertThatThrownBy(() -> new BundleReader().read(file)).isInstanceOfSatisfying(BundleReader.NotABundle.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private Path zip(String name, String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return Files.write(dir.resolve(name + "-" + System.nanoTime() + ".zip"), bytes.toByteArray());
    }
}
