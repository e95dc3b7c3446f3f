package dev.tokendoctor.storage.chromium;

import static dev.tokendoctor.storage.BrowserFixtures.GREETING;
import static dev.tokendoctor.storage.BrowserFixtures.KEY;
import static dev.tokendoctor.storage.BrowserFixtures.ORIGIN;
import static dev.tokendoctor.storage.BrowserFixtures.TOKEN_V2_PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.source.StorageEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChromiumStorageSourceTest {

    static ScanResult scan(Path folder) {
        return new ChromiumStorageSource("Chromium", folder).scan();
    }

    @Test
    void readsTheNewestValuesAndHonoursDeletions() {
        ScanResult result = scan(BrowserFixtures.CHROMIUM_DEFAULT);

        assertThat(result.errors()).isEmpty();
        assertThat(result.origins()).extracting(ScanResult.OriginEntries::origin).containsExactly(ORIGIN);
        assertThat(result.entries().map(StorageEntry::key)).containsExactly("big", "counter", KEY, "greeting");
        assertThat(result.find(ORIGIN, KEY).orElseThrow().value()).startsWith(TOKEN_V2_PREFIX);
        assertThat(result.find(ORIGIN, "counter").orElseThrow().value()).isEqualTo("2");
        assertThat(result.find(ORIGIN, "removed")).isEmpty();
    }

    @Test
    void decodesLatin1AndUtf16Strings() {
        ScanResult result = scan(BrowserFixtures.CHROMIUM_DEFAULT);

        StorageEntry greeting = result.find(ORIGIN, "greeting").orElseThrow();
        assertThat(greeting.value()).isEqualTo(GREETING);
        assertThat(greeting.sizeBytes()).isEqualTo(GREETING.length() * 2L);
        StorageEntry big = result.find(ORIGIN, "big").orElseThrow();
        assertThat(big.value()).hasSize(200_000).matches("x+");
        assertThat(big.sizeBytes()).isEqualTo(200_000);
    }

    @Test
    void takesLastModifiedFromTheOriginsMetadata() {
        StorageEntry token = scan(BrowserFixtures.CHROMIUM_DEFAULT).find(ORIGIN, KEY).orElseThrow();

        assertThat(token.lastModified()).isBetween(Instant.parse("2024-01-01T00:00:00Z"), Instant.now());
        assertThat(token.file().getFileName().toString()).endsWith(".log");
    }

    @Test
    void readsTablesAndLogTogetherInACompactedStore() {
        ScanResult result = scan(BrowserFixtures.CHROMIUM_COMPACTED);

        assertThat(result.errors()).isEmpty();
        assertThat(result.origins()).extracting(ScanResult.OriginEntries::origin)
                .containsExactly("http://127.0.0.1:8082", ORIGIN);
        assertThat(result.find(ORIGIN, KEY).orElseThrow().value()).startsWith(TOKEN_V2_PREFIX);
        assertThat(result.find(ORIGIN, "removed")).isEmpty();
        assertThat(result.find(ORIGIN, "fill2999").orElseThrow().value()).startsWith("value 2999 abcdefghij");
        assertThat(result.entries().filter(e -> e.key().startsWith("fill"))).hasSize(3000);
        assertThat(result.entries().map(e -> e.file().getFileName().toString()))
                .anyMatch(n -> n.endsWith(".ldb")).anyMatch(n -> n.endsWith(".log"));
    }

    @Test
    void listsEveryOrigin() {
        ScanResult result = scan(BrowserFixtures.CHROMIUM_MANY_ORIGINS);

        assertThat(result.origins()).extracting(ScanResult.OriginEntries::origin).containsExactly(
                "http://127.0.0.1:8082", "http://127.0.0.1:8083", "http://localhost:8082", "http://localhost:8083");
        for (ScanResult.OriginEntries origin : result.origins()) {
            assertThat(origin.entries()).extracting(StorageEntry::key).containsExactly(KEY, "origin");
            assertThat(result.find(origin.origin(), "origin").orElseThrow().value()).isEqualTo(origin.origin());
        }
    }

    @Test
    void aTinyMemoryBudgetReadsLargeValuesInASecondPassWithTheSameResult() {
        ScanResult small = new ChromiumStorageSource("Chromium", BrowserFixtures.CHROMIUM_COMPACTED, 1024).scan();
        ScanResult normal = scan(BrowserFixtures.CHROMIUM_COMPACTED);

        assertThat(small.entries().toList()).containsExactlyElementsOf(normal.entries().toList());
    }

    @Test
    void reportsProgressUpToTheTotal() {
        List<long[]> calls = new ArrayList<>();
        new ChromiumStorageSource("Chromium", BrowserFixtures.CHROMIUM_COMPACTED)
                .scan((done, total) -> calls.add(new long[] {done, total}), () -> false);

        assertThat(calls).isNotEmpty();
        long[] last = calls.get(calls.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]).isPositive();
    }
}
