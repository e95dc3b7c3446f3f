package dev.tokendoctor.storage.chromium;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.leveldb.ChromeLikeWriter;
import dev.tokendoctor.storage.source.AppStoreSource;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.source.StorageEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanning while the store changes. A real Chrome LevelDB folder (the compacted fixture) is written
 * by a thread the way Chrome writes it — appends, some caught half-written, deletions, compactions
 * that replace the log, the MANIFEST and the tables — while the reader scans it again and again.
 * Every scan returns, never throws; no key shows twice; a scan without error rows is a consistent
 * state of the writer's history (the counter and the one or two keys that belong with it, the fixture's
 * newest token); a deleted key comes back only in a scan whose error rows say it may.
 * And the app's own token file, saved over and over while the inspector reads it: always whole,
 * never older than what an earlier scan saw.
 * Runs {@code -Dhardening.scans} scans (200 by default).
 */
class ScanWhileStoreChangesTest {

    static final int SCANS = Integer.getInteger("hardening.scans", 200);
    static final String ORIGIN = BrowserFixtures.ORIGIN;
    /** Error rows that say deleted keys may show again. */
    static final List<ScanError.Problem> MAY_RESURRECT = List.of(ScanError.Problem.MISSING_TABLES, ScanError.Problem.MISSING_CURRENT);

    @TempDir
    Path dir;

    @Test
    void everyScanIsAConsistentStateOrSaysWhatWentWrong() throws Exception {
        Path folder = BrowserFixtures.copy(BrowserFixtures.CHROMIUM_COMPACTED, dir.resolve("leveldb"));
        AtomicLong published = new AtomicLong(-1);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong compactions = new AtomicLong();
        CompletableFuture<Void> writer;
        try (ChromeLikeWriter chrome = new ChromeLikeWriter(folder, ORIGIN)) {
            writer = CompletableFuture.runAsync(() -> write(chrome, published, stop, compactions));
            while (published.get() < 0 && !writer.isDone()) {
                Thread.onSpinWait(); // the writer's first step, so every scan has a counter to check
            }
            ChromiumStorageSource source = new ChromiumStorageSource("Chrome", folder);
            Map<ScanError.Problem, Integer> errorRows = new EnumMap<>(ScanError.Problem.class);
            int consistent = 0;
            long lastCounter = -1;
            for (int scan = 0; scan < SCANS && !writer.isDone(); scan++) {
                long before = published.get();
                ScanResult result = source.scan();
                long after = published.get();
                List<StorageEntry> mine = result.entries().filter(e -> e.origin().equals(ORIGIN)).toList();
                assertThat(mine.stream().collect(Collectors.groupingBy(StorageEntry::key, Collectors.counting())))
                        .as("no key twice").allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1L));
                result.errors().forEach(e -> errorRows.merge(e.problem(), 1, Integer::sum));
                List<Long> gone = mine.stream().filter(e -> e.key().startsWith("gone-"))
                        .map(e -> Long.parseLong(e.key().substring(5))).sorted().toList();
                boolean mayResurrect = result.errors().stream().anyMatch(e -> MAY_RESURRECT.contains(e.problem()));
                if (!mayResurrect) {
                    assertThat(gone).as("deleted keys stay deleted").allSatisfy(j -> assertThat(j).isGreaterThanOrEqualTo(before - 1));
                }
                if (result.errors().isEmpty()) {
                    long counter = counter(mine);
                    String where = "counter from " + mine.stream().filter(e -> e.key().equals("counter")).findFirst().orElseThrow().file()
                            + ", folder " + java.util.Arrays.toString(folder.toFile().list());
                    assertThat(counter).as("not older than the state written before the scan: " + where).isBetween(before, after + 1);
                    assertThat(counter).as("not older than an earlier scan").isGreaterThanOrEqualTo(lastCounter);
                    // during step c+1 the keys go {c} → {c, c+1} → {c+1}, then the counter becomes c+1
                    assertThat(gone).as("the keys of counter " + counter).isNotEmpty()
                            .allSatisfy(j -> assertThat(j).isBetween(counter, counter + 1));
                    assertThat(result.find(ORIGIN, BrowserFixtures.KEY).orElseThrow().value()).startsWith(BrowserFixtures.TOKEN_V2_PREFIX);
                    lastCounter = counter;
                    consistent++;
                }
            }
            stop.set(true);
            writer.join();
            System.out.printf(Locale.ROOT, "scan while Chrome writes: %d scans, %d consistent, error rows %s; writer: %d steps, %d compactions%n",
                    SCANS, consistent, errorRows, published.get() + 1, compactions.get());
            assertThat(consistent).as("most scans see a consistent state").isGreaterThan(SCANS / 2);
        }
    }

    @Test
    void theAppsTokenFileSavedWhileTheInspectorReadsItIsAlwaysWhole() throws Exception {
        FileTokenStore store = new FileTokenStore(dir, Clock.systemUTC());
        store.write(tokens(0));
        AtomicLong saved = new AtomicLong(0);
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Void> saver = CompletableFuture.runAsync(() -> {
            try {
                for (long g = 1; !stop.get(); g++) {
                    store.write(tokens(g));
                    saved.set(g);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AppStoreSource source = new AppStoreSource("app", store);
        ObjectMapper json = new ObjectMapper();
        long last = 0;
        for (int scan = 0; scan < SCANS * 5; scan++) {
            long before = saved.get();
            ScanResult result = source.scan();
            assertThat(result.errors()).isEmpty();
            assertThat(result.entries().count()).isEqualTo(1);
            JsonNode node = json.readTree(result.entries().findFirst().orElseThrow().value());
            long generation = node.get("generation").asLong();
            assertThat(generation).isGreaterThanOrEqualTo(Math.max(before, last));
            assertThat(node.get("access_token").asText()).isEqualTo("czu_scanWhileSaving" + generation);
            last = generation;
        }
        stop.set(true);
        saver.join();
        System.out.printf(Locale.ROOT, "app store scanned %d times during %d saves: always whole%n", SCANS * 5, saved.get());
        assertThat(store.file().getParent().toFile().list((d, n) -> n.endsWith(".tmp"))).isEmpty();
    }

    /** Step i: put gone-i, delete gone-(i-1), counter = i (some writes caught half-way); a compaction every 7 steps. */
    private static void write(ChromeLikeWriter chrome, AtomicLong published, AtomicBoolean stop, AtomicLong compactions) {
        try {
            for (long i = 0; !stop.get(); i++) {
                chrome.put("gone-" + i, "v" + i, i % 3 == 0);
                if (i > 0) {
                    chrome.delete("gone-" + (i - 1), i % 5 == 0);
                }
                chrome.put("counter", String.valueOf(i), i % 4 == 0);
                published.set(i);
                if (i % 7 == 6) {
                    chrome.compact();
                    compactions.incrementAndGet();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long counter(List<StorageEntry> entries) {
        Optional<StorageEntry> counter = entries.stream().filter(e -> e.key().equals("counter")).findFirst();
        assertThat(counter).as("the counter is always there").isPresent();
        return Long.parseLong(counter.get().value());
    }

    private static byte[] tokens(long generation) {
        return ("{\"access_token\":\"czu_scanWhileSaving" + generation + "\",\"refresh_token\":\"rt" + generation
                + "\",\"expires_in\":4102444800,\"token_type\":\"Bearer\",\"generation\":" + generation + ",\"pad\":\""
                + "x".repeat(2000) + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
