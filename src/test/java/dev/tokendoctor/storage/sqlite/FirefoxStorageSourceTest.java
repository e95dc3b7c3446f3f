package dev.tokendoctor.storage.sqlite;

import static dev.tokendoctor.storage.BrowserFixtures.GREETING;
import static dev.tokendoctor.storage.BrowserFixtures.KEY;
import static dev.tokendoctor.storage.BrowserFixtures.ORIGIN;
import static dev.tokendoctor.storage.BrowserFixtures.TOKEN_V2_PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.source.StorageEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirefoxStorageSourceTest {

    @TempDir
    Path dir;

    static ScanResult scan(Path profile) {
        return new FirefoxStorageSource("Firefox", profile).scan();
    }

    @Test
    void readsTheRealProfile() {
        ScanResult result = scan(BrowserFixtures.FIREFOX_PROFILE);

        assertThat(result.errors()).isEmpty();
        assertThat(result.origins()).extracting(ScanResult.OriginEntries::origin)
                .containsExactly("http://127.0.0.1:8083", ORIGIN);
        assertThat(result.find(ORIGIN, KEY).orElseThrow().value()).startsWith(TOKEN_V2_PREFIX);
        assertThat(result.find(ORIGIN, "counter").orElseThrow().value()).isEqualTo("2");
        assertThat(result.find(ORIGIN, "removed")).isEmpty();
        assertThat(result.find(ORIGIN, "greeting").orElseThrow().value()).isEqualTo(GREETING);
        StorageEntry big = result.find(ORIGIN, "big").orElseThrow();
        assertThat(big.value()).hasSize(200_000).matches("x+");
        assertThat(big.lastModified()).isNotNull();
        assertThat(big.file().toString()).endsWith("http+++localhost+8082/ls/data.sqlite");
    }

    @Test
    void decodesFolderNamesAndLegacyKeys() {
        assertThat(FirefoxOrigins.fromFolderName("http+++localhost+8082")).isEqualTo("http://localhost:8082");
        assertThat(FirefoxOrigins.fromFolderName("https+++coze.cn")).isEqualTo("https://coze.cn");
        assertThat(FirefoxOrigins.fromFolderName("https+++www.coze.com^userContextId=2"))
                .isEqualTo("https://www.coze.com^userContextId=2");
        assertThat(FirefoxOrigins.fromFolderName("file++++home+me+page.html")).isEqualTo("file:///home/me/page.html");
        assertThat(FirefoxOrigins.fromLegacyKey("tsohlacol.:http:8082")).isEqualTo("http://localhost:8082");
        assertThat(FirefoxOrigins.fromLegacyKey("nc.ezoc.:https:443")).isEqualTo("https://coze.cn");
    }

    @Test
    void readsTheLegacyStore() throws Exception {
        Path profile = Files.createDirectories(dir.resolve("legacy"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + profile.resolve("webappsstore.sqlite"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE webappsstore2 (originAttributes TEXT, originKey TEXT, scope TEXT, key TEXT, value TEXT)");
            s.execute("INSERT INTO webappsstore2 VALUES ('', 'tsohlacol.:http:8082', '', 'coze_oauth_tokens', '{\"access_token\":\"czu_legacy\"}')");
        }
        ScanResult result = scan(profile);

        assertThat(result.errors()).isEmpty();
        assertThat(result.find(ORIGIN, KEY).orElseThrow().value()).isEqualTo("{\"access_token\":\"czu_legacy\"}");
    }

    @Test
    void aCorruptDatabaseIsAnErrorRowAndTheOtherOriginsAreStillRead() throws Exception {
        Path profile = BrowserFixtures.copy(BrowserFixtures.FIREFOX_PROFILE, dir.resolve("p"));
        Path broken = profile.resolve("storage/default/http+++127.0.0.1+8083/ls/data.sqlite");
        Files.write(broken, "this is not a database, just some text that is long enough".repeat(20).getBytes(StandardCharsets.UTF_8));

        ScanResult result = scan(profile);

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.problem()).isEqualTo(ScanError.Problem.NOT_A_DATABASE);
            assertThat(e.file()).isEqualTo(broken);
        });
        assertThat(result.find(ORIGIN, KEY)).isPresent();
    }

    @Test
    void badSnappyAndInvalidTextAreReportedPerKey() throws Exception {
        Path profile = BrowserFixtures.copy(BrowserFixtures.FIREFOX_PROFILE, dir.resolve("p"));
        Path db = profile.resolve("storage/default/http+++localhost+8082/ls/data.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement insert = c.prepareStatement("INSERT INTO data VALUES (?, 1, ?, ?, 0, ?)")) {
            insert.setString(1, "broken");
            insert.setInt(2, 1);
            insert.setInt(3, 1);
            insert.setBytes(4, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1, 2, 3});
            insert.executeUpdate();
            insert.setString(1, "lone-surrogate");
            insert.setInt(2, 0);
            insert.setInt(3, 0);
            insert.setBytes(4, new byte[] {'a', 0, 0x00, (byte) 0xD8, 'b', 0});
            insert.executeUpdate();
        }
        ScanResult result = scan(profile);

        assertThat(result.errors()).extracting(ScanError::key, ScanError::problem).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("broken", ScanError.Problem.BAD_COMPRESSION),
                org.assertj.core.groups.Tuple.tuple("lone-surrogate", ScanError.Problem.INVALID_TEXT));
        assertThat(result.find(ORIGIN, "lone-surrogate").orElseThrow().value()).isEqualTo("a\uFFFDb");
        assertThat(result.find(ORIGIN, "broken")).isEmpty();
        assertThat(result.find(ORIGIN, KEY)).isPresent();
    }

    @Test
    void aDatabaseLockedByFirefoxIsReadAsLastCommitted() throws Exception {
        Path profile = BrowserFixtures.copy(BrowserFixtures.FIREFOX_PROFILE, dir.resolve("p"));
        Path db = profile.resolve("storage/default/http+++localhost+8082/ls/data.sqlite");
        try (Connection firefox = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = firefox.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA locking_mode=EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("DELETE FROM data WHERE key = 'counter'");

            ScanResult result = scan(profile);

            assertThat(result.errors()).isEmpty();
            assertThat(result.find(ORIGIN, "counter").orElseThrow().value()).isEqualTo("2");
            s.execute("ROLLBACK");
        }
    }
}
