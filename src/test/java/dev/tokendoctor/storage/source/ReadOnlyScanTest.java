package dev.tokendoctor.storage.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.storage.chromium.ChromiumStorageSource;
import dev.tokendoctor.storage.sqlite.FirefoxStorageSource;
import dev.tokendoctor.storage.sqlite.WebViewStorageSource;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan leaves every browser folder exactly as it was: same files, same bytes, same times. */
class ReadOnlyScanTest {

    @TempDir
    Path dir;

    static Map<String, String> state(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String mtime = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toString();
                String hash = Files.isRegularFile(p)
                        ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))) : "dir";
                files.put(root.relativize(p).toString(), hash + " " + mtime);
            }
        }
        return files;
    }

    @Test
    void scanningChangesNothingInTheBrowsersFolders() throws Exception {
        Path chromium = BrowserFixtures.copy(BrowserFixtures.CHROMIUM_USER_DATA, dir.resolve("chromium"));
        Path compacted = BrowserFixtures.copy(BrowserFixtures.CHROMIUM_COMPACTED, dir.resolve("compacted"));
        Path firefox = BrowserFixtures.copy(BrowserFixtures.FIREFOX_PROFILE, dir.resolve("firefox"));
        Path webview = Files.createDirectories(dir.resolve("webview/localstorage"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + webview.resolve("http_localhost_8082.localstorage"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("CREATE TABLE ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB NOT NULL)");
            s.execute("INSERT INTO ItemTable VALUES ('k', X'6100')");
        }
        Map<String, String> before = state(dir);

        new ChromiumStorageSource("c", chromium.resolve("Default/Local Storage/leveldb")).scan();
        new ChromiumStorageSource("c", chromium.resolve("Profile 1/Local Storage/leveldb")).scan();
        new ChromiumStorageSource("c", compacted, 16).scan();
        new FirefoxStorageSource("f", firefox).scan();
        new WebViewStorageSource("w", dir.resolve("webview")).scan();

        assertThat(state(dir)).isEqualTo(before);
    }
}
