package dev.tokendoctor.storage.chromium;

import static dev.tokendoctor.storage.BrowserFixtures.KEY;
import static dev.tokendoctor.storage.BrowserFixtures.ORIGIN;
import static dev.tokendoctor.storage.BrowserFixtures.TOKEN_V2_PREFIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.storage.leveldb.LogWriter;
import dev.tokendoctor.storage.source.FolderSnapshot;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanResult;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests for what a probe with mutated stores found (issue 13, items 2 and 4, and the fallback). */
class ReaderHardeningTest {

    /** Only a guard against a hang coming back; nothing here is timed. */
    private static final Duration HANG = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    Path compacted() throws Exception {
        return BrowserFixtures.copy(BrowserFixtures.CHROMIUM_COMPACTED, dir.resolve("leveldb"));
    }

    static ScanResult scan(Path folder) {
        return assertTimeoutPreemptively(HANG, () -> new ChromiumStorageSource("Chromium", folder).scan());
    }

    @Test
    void aMetaLengthThatWrapsAroundNeitherLoopsNorThrows() {
        // field 1, wire type 2, length 2^32 - 2: an int cast once sent the position back to the start
        byte[] loops = {0x0A, (byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F, 0x08, 0x01};
        // length 2^31: a negative position, then ArrayIndexOutOfBounds
        byte[] throwsOutOfBounds = {0x0A, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08};
        // a last-modified far beyond what Instant holds
        byte[] huge = {0x08, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x00};

        assertTimeoutPreemptively(HANG, () -> {
            assertThat(ChromeEncoding.lastModified(loops)).isNull();
            assertThat(ChromeEncoding.lastModified(throwsOutOfBounds)).isNull();
            assertThat(ChromeEncoding.lastModified(huge)).isNotNull();
        });
    }

    @Test
    void aStoreWithABadMetaValueStillYieldsItsEntries() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("meta"));
        new LogWriter()
                .put(("META:" + ORIGIN).getBytes(StandardCharsets.US_ASCII),
                        new byte[] {0x0A, (byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F, 0x08, 0x01})
                .put(ChromeEdgeCasesTest.key(ORIGIN, "k"), ChromeEdgeCasesTest.latin1("v"))
                .writeTo(folder.resolve("000003.log"));

        ScanResult result = scan(folder);

        assertThat(result.find(ORIGIN, "k").orElseThrow().lastModified()).isNull();
    }

    @Test
    void anIndexOffsetOfMinusOneIsOneErrorRowForThatTable() throws Exception {
        Path folder = compacted();
        Path table = folder.resolve("000006.ldb");
        footer(table, varint(-1L), varint(10));

        ScanResult result = scan(folder);

        assertThat(result.errors()).extracting(ScanError::problem, ScanError::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ScanError.Problem.TRUNCATED, table));
        assertThat(result.find(ORIGIN, "greeting")).isPresent(); // in 000003.ldb
    }

    @Test
    void anIndexOffsetThatOverflowsIsReportedNotSilentlyEmpty() throws Exception {
        Path folder = compacted();
        Path table = folder.resolve("000006.ldb");
        footer(table, varint(Long.MAX_VALUE - 2), varint(100));

        ScanResult result = scan(folder);

        assertThat(result.errors()).extracting(ScanError::problem, ScanError::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ScanError.Problem.TRUNCATED, table));
        assertThat(result.entries()).isNotEmpty();
    }

    @Test
    void aNonAsciiByteInCurrentIsReportedAndEveryFileIsRead() throws Exception {
        Path folder = compacted();
        String name = Files.readString(folder.resolve("CURRENT")).strip();
        Files.write(folder.resolve("CURRENT"), (name + "\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));

        ScanResult result = scan(folder);

        assertThat(result.errors()).extracting(ScanError::problem).containsExactly(ScanError.Problem.MISSING_CURRENT);
        assertThat(result.find(ORIGIN, KEY).orElseThrow().value()).startsWith(TOKEN_V2_PREFIX);
        assertThat(result.entries().count()).isGreaterThan(3000);
    }

    @Test
    void withoutAManifestARecordInTwoFilesIsShownOnce() throws Exception {
        Path folder = compacted();
        Files.delete(folder.resolve("CURRENT"));
        // what a compaction leaves until the browser deletes its inputs: the same records in two tables
        Files.copy(folder.resolve("000006.ldb"), folder.resolve("000009.ldb"));

        // no values kept between passes: the old second pass emitted a record once per file holding it
        ScanResult result = assertTimeoutPreemptively(HANG, () -> new ChromiumStorageSource("Chromium", folder, 0).scan());

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.problem()).isEqualTo(ScanError.Problem.MISSING_CURRENT);
            assertThat(e.message().key()).isEqualTo("storage.error.missing_current"); // "…deleted may show again"
        });
        assertThat(result.entries().filter(e -> e.key().equals("fill10"))).hasSize(1);
        assertThat(result.entries().filter(e -> e.key().equals(KEY) && e.origin().equals(ORIGIN))).hasSize(1);
    }

    @Test
    void aTornLastLogRecordIsNoErrorButDamageInsideTheLogIs() throws Exception {
        Path folder = compacted();
        Path log = folder.resolve("000007.log");
        long length = Files.size(log);
        try (RandomAccessFile raf = new RandomAccessFile(log.toFile(), "rw")) {
            raf.setLength(length - 3);
        }
        assertThat(scan(folder).errors()).isEmpty();

        CorruptLevelDbTest.flip(log, 20);
        assertThat(scan(folder).errors()).extracting(ScanError::problem).containsExactly(ScanError.Problem.BAD_CHECKSUM);
    }

    @Test
    void tablesAreReadInPlaceAndTheCopiesAreGoneAfterTheScanAndAtTheNextStart() throws Exception {
        Path scratch = dir.resolve("private/scans");
        Files.createDirectories(scratch.resolve("scan-left-by-a-crash"));
        Files.writeString(scratch.resolve("scan-left-by-a-crash/000007.log"), "someone's secrets");
        FolderSnapshot.useScratchFolder(scratch);
        try {
            assertThat(scratch).isEmptyDirectory();
            Path folder = compacted();
            java.util.List<String> copied = new java.util.ArrayList<>();
            FolderSnapshot.take(folder, dev.tokendoctor.storage.leveldb.LevelDbReader.MUTABLE,
                    new dev.tokendoctor.storage.source.ScanCollector(10)).files()
                    .forEach(p -> copied.add(p.getFileName().toString()));
            assertThat(copied).containsExactly("000007.log", "CURRENT", "MANIFEST-000001");
            FolderSnapshot.useScratchFolder(scratch);

            ScanResult result = scan(folder);

            assertThat(result.errors()).isEmpty();
            assertThat(result.find(ORIGIN, KEY)).isPresent();
            try (Stream<Path> left = Files.list(scratch)) {
                assertThat(left).isEmpty();
            }
        } finally {
            FolderSnapshot.useScratchFolder(null);
        }
    }

    @Test
    void aLiveTableGoneBeforeTheLastTryAsksForAFreshManifest() throws Exception {
        Path folder = compacted();
        Files.delete(folder.resolve("000003.ldb"));
        dev.tokendoctor.storage.source.ScanCollector sink = new dev.tokendoctor.storage.source.ScanCollector(100);
        try (FolderSnapshot snapshot = FolderSnapshot.take(folder, dev.tokendoctor.storage.leveldb.LevelDbReader.MUTABLE, sink)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new dev.tokendoctor.storage.leveldb.LevelDbReader(1 << 20)
                    .read(snapshot, sink, dev.tokendoctor.storage.source.ProgressListener.NONE, () -> false, k -> false, false))
                    .isInstanceOf(dev.tokendoctor.storage.leveldb.LevelDbReader.TablesMissing.class);
        }
        // the source tries again, then reads what is there and says so plainly (aMissingLiveTable… in CorruptLevelDbTest)
    }

    /** Rewrites a table's footer: a zero metaindex handle, then {@code offset} and {@code size} of the index. */
    static void footer(Path table, byte[] offset, byte[] size) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(table.toFile(), "rw")) {
            byte[] handles = new byte[40];
            handles[0] = 0;
            handles[1] = 0;
            System.arraycopy(offset, 0, handles, 2, offset.length);
            System.arraycopy(size, 0, handles, 2 + offset.length, size.length);
            raf.seek(raf.length() - 48);
            raf.write(handles);
        }
    }

    static byte[] varint(long v) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
        return out.toByteArray();
    }
}
