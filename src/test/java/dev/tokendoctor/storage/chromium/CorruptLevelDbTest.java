package dev.tokendoctor.storage.chromium;

import static dev.tokendoctor.storage.BrowserFixtures.KEY;
import static dev.tokendoctor.storage.BrowserFixtures.ORIGIN;
import static dev.tokendoctor.storage.BrowserFixtures.TOKEN_V2_PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.storage.leveldb.TableSurgery;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanResult;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorruptLevelDbTest {

    @TempDir
    Path dir;

    Path compacted() throws Exception {
        return BrowserFixtures.copy(BrowserFixtures.CHROMIUM_COMPACTED, dir.resolve("leveldb"));
    }

    static Path file(Path folder, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    static void flip(Path file, long at) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            int b = raf.read();
            raf.seek(at);
            raf.write(b ^ 0x5A);
        }
    }

    static ScanResult scan(Path folder) {
        return new ChromiumStorageSource("Chromium", folder).scan();
    }

    @Test
    void aBadChecksumInTheLogIsReportedAndTheTablesAreStillRead() throws Exception {
        Path folder = compacted();
        Path log = file(folder, ".log");
        flip(log, 20);

        ScanResult result = scan(folder);

        assertThat(result.errors()).extracting(ScanError::problem, ScanError::file)
                .contains(org.assertj.core.groups.Tuple.tuple(ScanError.Problem.BAD_CHECKSUM, log));
        assertThat(result.find(ORIGIN, "fill10")).isPresent();
        assertThat(result.find(ORIGIN, "greeting")).isPresent();
    }

    @Test
    void aBadChecksumInATableSkipsOneBlock() throws Exception {
        Path folder = compacted();
        Path table = file(folder, "000006.ldb");
        flip(table, 100);

        ScanResult result = scan(folder);

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.problem()).isEqualTo(ScanError.Problem.BAD_CHECKSUM);
            assertThat(e.file()).isEqualTo(table);
        });
        assertThat(result.entries().filter(e -> e.key().startsWith("fill")).count()).isBetween(2500L, 2999L);
        assertThat(result.find(ORIGIN, KEY).orElseThrow().value()).startsWith(TOKEN_V2_PREFIX);
    }

    @Test
    void badSnappyDataWithAValidChecksumIsReportedAsBadCompression() throws Exception {
        Path folder = compacted();
        Path table = file(folder, "000006.ldb");
        new TableSurgery(table).rewriteFirstCompressedBlock();

        ScanResult result = scan(folder);

        assertThat(result.errors()).extracting(ScanError::problem).containsExactly(ScanError.Problem.BAD_COMPRESSION);
        assertThat(result.find(ORIGIN, KEY)).isPresent();
    }

    @Test
    void aTruncatedTableIsReportedATornLogTailIsNotAndTheRestIsRead() throws Exception {
        Path folder = compacted();
        Path table = file(folder, "000006.ldb");
        try (RandomAccessFile raf = new RandomAccessFile(table.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        Path log = file(folder, ".log");
        try (RandomAccessFile raf = new RandomAccessFile(log.toFile(), "rw")) {
            raf.setLength(raf.length() - 10);
        }

        ScanResult result = scan(folder);

        // A log cut at its end is a browser caught writing: LevelDB drops the torn record silently, and so do we.
        assertThat(result.errors()).extracting(ScanError::problem, ScanError::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ScanError.Problem.TRUNCATED, table));
        assertThat(result.find(ORIGIN, "greeting")).isPresent(); // in 000003.ldb
    }

    @Test
    void aMissingCurrentFileIsReportedButTheDataIsRead() throws Exception {
        Path folder = compacted();
        Files.delete(folder.resolve("CURRENT"));

        ScanResult result = scan(folder);

        assertThat(result.errors()).extracting(ScanError::problem).containsExactly(ScanError.Problem.MISSING_CURRENT);
        assertThat(result.find(ORIGIN, KEY).orElseThrow().value()).startsWith(TOKEN_V2_PREFIX);
    }

    @Test
    void garbageFilesAndUnreadableFoldersNeverThrow() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("garbage"));
        Files.write(folder.resolve("000001.log"), new byte[70_000]);
        Files.write(folder.resolve("000002.ldb"), "not a table at all, not even close; just words".repeat(3).getBytes());
        Files.write(folder.resolve("000003.log"), "x".repeat(50_000).getBytes());

        ScanResult result = scan(folder);

        assertThat(result.origins()).isEmpty();
        assertThat(result.errors()).extracting(ScanError::problem)
                .contains(ScanError.Problem.MISSING_CURRENT, ScanError.Problem.TRUNCATED, ScanError.Problem.BAD_CHECKSUM);
        assertThat(scan(dir.resolve("absent")).errors()).extracting(ScanError::problem)
                .containsExactly(ScanError.Problem.NOT_FOUND);
    }

    @Test
    void filesTheManifestDoesNotListAreLeftAlone() throws Exception {
        Path folder = compacted();
        // What a browser leaves when it quits during a compaction: an unfinished table, and an old log.
        Files.write(folder.resolve("000099.ldb"), new byte[4000]);
        Files.copy(file(folder, ".log"), folder.resolve("000001.log"));
        Files.write(folder.resolve("000001.log"), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);

        ScanResult result = scan(folder);

        assertThat(result.errors()).isEmpty();
        assertThat(result.find(ORIGIN, KEY).orElseThrow().value()).startsWith(TOKEN_V2_PREFIX);
    }

    @Test
    void aMissingLiveTableIsReportedAndEverythingPresentIsRead() throws Exception {
        Path folder = compacted();
        Files.delete(folder.resolve("000003.ldb"));

        ScanResult result = scan(folder);

        assertThat(result.errors()).extracting(ScanError::problem).containsExactly(ScanError.Problem.MISSING_TABLES);
        assertThat(result.find(ORIGIN, "fill1")).isPresent();
    }
}
