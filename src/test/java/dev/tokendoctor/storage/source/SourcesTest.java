package dev.tokendoctor.storage.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.chromium.ChromiumStorageSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theAppStoreIsWritableAndShowsItsFileAsOneEntry() throws Exception {
        FileTokenStore store = new FileTokenStore(dir, CLOCK);
        AppStoreSource source = new AppStoreSource("App", store);
        assertThat(source.scan().origins()).isEmpty();

        store.write("{\"access_token\":\"czu_x\"}".getBytes(StandardCharsets.UTF_8));
        ScanResult result = source.scan();

        assertThat(result.writable()).isTrue();
        assertThat(result.find(AppStoreSource.ORIGIN, AppStoreSource.KEY).orElseThrow().value()).isEqualTo("{\"access_token\":\"czu_x\"}");
        assertThat(source.store()).isSameAs(store);
    }

    @Test
    void aTenMegabyteValueIsCutAndReportedNotLoadedIntoTheUi() throws Exception {
        Path big = dir.resolve("big.json");
        Files.write(big, "a".repeat(10 << 20).getBytes(StandardCharsets.US_ASCII));

        ScanResult result = PastedSource.ofFile(big, CLOCK).scan();

        StorageEntry entry = result.entries().findFirst().orElseThrow();
        assertThat(entry.truncated()).isTrue();
        assertThat(entry.sizeBytes()).isEqualTo(10 << 20);
        assertThat(entry.value().length()).isLessThanOrEqualTo(ScanCollector.DEFAULT_MAX_VALUE_CHARS);
        assertThat(result.errors()).extracting(ScanError::problem).contains(ScanError.Problem.VALUE_TOO_LARGE);
    }

    @Test
    void anUnreadableFolderIsAnErrorRow() throws Exception {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Files.write(folder.resolve("000001.log"), new byte[] {1, 2, 3});
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(folder), "root reads everything");
        try {
            ScanResult result = new ChromiumStorageSource("c", folder).scan();
            assertThat(result.errors()).extracting(ScanError::problem).containsExactly(ScanError.Problem.UNREADABLE);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void cancellingStopsTheScanAndSaysSo() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        ScanResult result = new ChromiumStorageSource("c", dev.tokendoctor.storage.BrowserFixtures.CHROMIUM_COMPACTED)
                .scan(ProgressListener.NONE, () -> asked.incrementAndGet() > 10);

        assertThat(result.cancelled()).isTrue();
    }

    @Test
    void everyProblemHasASentenceInBothLanguages() {
        for (var locale : new java.util.Locale[] {Messages.ENGLISH, Messages.CHINESE}) {
            Messages messages = new Messages(locale);
            for (ScanError.Problem problem : ScanError.Problem.values()) {
                String text = messages.format(ScanError.of(Path.of("store.log"), problem, "detail").message());
                assertThat(text).as(problem.name()).contains("store.log").doesNotStartWith("!");
            }
        }
    }

    @Test
    void entriesNeverPrintTheirValue() {
        StorageEntry entry = new StorageEntry("o", "k", "czu_secret_value_0123456789", 27, null, null, false);
        assertThat(entry.toString()).doesNotContain("secret").contains("czu_…(27)#");
    }
}
