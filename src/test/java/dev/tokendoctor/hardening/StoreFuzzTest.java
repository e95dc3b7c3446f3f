package dev.tokendoctor.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.storage.chromium.ChromiumStorageSource;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.source.StorageSource;
import dev.tokendoctor.storage.sqlite.FirefoxStorageSource;
import dev.tokendoctor.storage.sqlite.WebViewStorageSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The browser-store readers on mutated copies of real stores, through their public scan(): Chrome's
 * LevelDB ({@code .log}, {@code .ldb}, {@code MANIFEST}, {@code CURRENT}), Firefox's and WebView's
 * SQLite. Invariant: scan() returns (no exception, no hang) and every error is typed with a message.
 */
class StoreFuzzTest {

    private static final Path WORK = createWork();

    @FuzzTest(maxDuration = "2m")
    void chromeLevelDb(FuzzedDataProvider data) {
        fuzz(BrowserFixtures.CHROMIUM_DEFAULT, data, folder -> new ChromiumStorageSource("Chrome", folder));
    }

    @FuzzTest(maxDuration = "2m")
    void firefoxSqlite(FuzzedDataProvider data) {
        fuzz(BrowserFixtures.FIREFOX_PROFILE, data, folder -> new FirefoxStorageSource("Firefox", folder));
    }

    @FuzzTest(maxDuration = "2m")
    void webViewSqlite(FuzzedDataProvider data) {
        fuzz(webViewTemplate(), data, folder -> new WebViewStorageSource("WebView", folder));
    }

    private static void fuzz(Path fixture, FuzzedDataProvider data, Function<Path, StorageSource> source) {
        Path copy = WORK.resolve("input");
        try {
            delete(copy);
            BrowserFixtures.copy(fixture, copy);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(copy)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            Path victim = files.get(data.consumeInt(0, files.size() - 1));
            byte[] bytes = Files.readAllBytes(victim);
            int edits = data.consumeInt(1, 16);
            for (int i = 0; i < edits && bytes.length > 0; i++) {
                bytes[data.consumeInt(0, bytes.length - 1)] = data.consumeByte();
            }
            if (data.consumeBoolean() && bytes.length > 0) {
                bytes = java.util.Arrays.copyOf(bytes, data.consumeInt(0, bytes.length));
            }
            Files.write(victim, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ScanResult result = Bounded.run("scan of a mutated " + fixture.getFileName(), () -> source.apply(copy).scan());
        assertThat(result.errors()).allSatisfy(e -> {
            assertThat(e.problem()).isNotNull();
            assertThat(e.message()).isNotNull();
        });
        assertThat(result.errors()).extracting(ScanError::problem).doesNotContainNull();
    }

    /** A WebKit-shaped localStorage folder (what JavaFX's WebView writes), made once. */
    private static synchronized Path webViewTemplate() {
        Path folder = WORK.resolve("webview-template");
        Path db = folder.resolve("localstorage/http_localhost_8082.localstorage");
        if (Files.exists(db)) {
            return folder;
        }
        try {
            Files.createDirectories(db.getParent());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB NOT NULL ON CONFLICT FAIL)");
                for (String[] kv : new String[][] {{"coze_oauth_tokens", "{\"access_token\":\"czu_fuzz\",\"expires_in\":1790000000}"},
                        {"greeting", "你好"}}) {
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO ItemTable VALUES (?, ?)")) {
                        p.setString(1, kv[0]);
                        p.setBytes(2, kv[1].getBytes(StandardCharsets.UTF_16LE));
                        p.executeUpdate();
                    }
                }
            }
            return folder;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path createWork() {
        try {
            Path dir = Files.createTempDirectory("store-fuzz");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
