package dev.tokendoctor.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebViewStorageSourceTest {

    @TempDir
    Path dir;

    /** A WebKit-shaped store, left open so that its rows are still in the -wal, as while the app runs. */
    Connection webKitStore(String fileName) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("webview/localstorage"));
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(fileName));
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA wal_autocheckpoint=0");
            s.execute("CREATE TABLE ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB NOT NULL ON CONFLICT FAIL)");
        }
        return c;
    }

    static void put(Connection c, String key, byte[] value) throws Exception {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO ItemTable VALUES (?, ?)")) {
            p.setString(1, key);
            p.setBytes(2, value);
            p.executeUpdate();
        }
    }

    @Test
    void readsUtf16ValuesFromTheWriteAheadLogOfALiveStore() throws Exception {
        try (Connection c = webKitStore("http_localhost_8082.localstorage")) {
            put(c, "coze_oauth_tokens", "{\"access_token\":\"czu_webview\"}".getBytes(StandardCharsets.UTF_16LE));
            put(c, "greeting", "你好".getBytes(StandardCharsets.UTF_16LE));
            assertThat(dir.resolve("webview/localstorage/http_localhost_8082.localstorage-wal")).isNotEmptyFile();

            ScanResult result = new WebViewStorageSource("WebView", dir.resolve("webview")).scan();

            assertThat(result.errors()).isEmpty();
            assertThat(result.find("http://localhost:8082", "coze_oauth_tokens").orElseThrow().value())
                    .isEqualTo("{\"access_token\":\"czu_webview\"}");
            assertThat(result.find("http://localhost:8082", "greeting").orElseThrow().sizeBytes()).isEqualTo(4);
        }
    }

    @Test
    void namesOriginsLikeWebKit() {
        assertThat(WebViewStorageSource.originOf("http_localhost_8082.localstorage")).isEqualTo("http://localhost:8082");
        assertThat(WebViewStorageSource.originOf("https_www.coze.cn_0.localstorage")).isEqualTo("https://www.coze.cn");
        assertThat(WebViewStorageSource.originOf("file__0.localstorage")).isEqualTo("file://");
    }

    @Test
    void aLoneSurrogateBecomesAReplacementCharacterAndIsReported() throws Exception {
        try (Connection c = webKitStore("http_127.0.0.1_9000.localstorage")) {
            put(c, "odd", new byte[] {'o', 0, 0x00, (byte) 0xDC, 'k', 0});
            ScanResult result = new WebViewStorageSource("WebView", dir.resolve("webview")).scan();

            assertThat(result.find("http://127.0.0.1:9000", "odd").orElseThrow().value()).isEqualTo("o\uFFFDk");
            assertThat(result.errors()).singleElement().extracting(ScanError::problem).isEqualTo(ScanError.Problem.INVALID_TEXT);
        }
    }

    @Test
    void aMissingProfileIsReportedNotThrown() {
        ScanResult result = new WebViewStorageSource("WebView", dir.resolve("nowhere")).scan();

        assertThat(result.origins()).isEmpty();
        assertThat(result.errors()).singleElement().extracting(ScanError::problem).isEqualTo(ScanError.Problem.NOT_FOUND);
    }
}
