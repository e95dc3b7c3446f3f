package dev.tokendoctor.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 3: a Firefox or WebView row with a NULL key threw out of scan() and lost the
 * whole profile. Now it is one error row; everything else in the profile is still read.
 */
class NullKeyRowsTest {

    @TempDir
    Path dir;

    @Test
    void aFirefoxRowWithoutAKeyIsOneErrorAndTheProfileStillReads() throws Exception {
        Path profile = BrowserFixtures.copy(BrowserFixtures.FIREFOX_PROFILE, dir.resolve("profile"));
        execute(profile.resolve("storage/default/http+++localhost+8082/ls/data.sqlite"),
                "INSERT INTO data (key, utf16_length, conversion_type, compression_type, value) VALUES (NULL, 1, 1, 0, x'41')");
        execute(profile.resolve("webappsstore.sqlite"),
                "INSERT INTO webappsstore2 VALUES ('', NULL, 'x', NULL, 'v')");

        ScanResult result = new FirefoxStorageSource("Firefox", profile).scan();

        assertThat(result.find(BrowserFixtures.ORIGIN, BrowserFixtures.KEY)).isPresent();
        assertThat(result.origins()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(result.errors()).filteredOn(e -> e.problem() == ScanError.Problem.CORRUPT).hasSize(2)
                .allSatisfy(e -> assertThat(e.message().key()).isEqualTo("storage.error.corrupt"));
    }

    @Test
    void aWebViewRowWithoutAKeyIsOneErrorAndTheOtherKeysStay() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("webview/localstorage"));
        Path db = folder.resolve("http_localhost_8082.localstorage");
        execute(db, "CREATE TABLE ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB NOT NULL ON CONFLICT FAIL)");
        execute(db, "INSERT INTO ItemTable VALUES (NULL, x'4100')");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            WebViewStorageSourceTest.put(c, "kept", "ok".getBytes(StandardCharsets.UTF_16LE));
        }

        ScanResult result = new WebViewStorageSource("WebView", dir.resolve("webview")).scan();

        assertThat(result.find("http://localhost:8082", "kept").orElseThrow().value()).isEqualTo("ok");
        assertThat(result.errors()).singleElement().extracting(ScanError::problem).isEqualTo(ScanError.Problem.CORRUPT);
    }

    private static void execute(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
