package dev.tokendoctor.storage.sqlite;

import dev.tokendoctor.storage.source.FolderSnapshot;
import dev.tokendoctor.storage.source.ProgressListener;
import dev.tokendoctor.storage.source.ReadOnlyFolderSource;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanSink;
import dev.tokendoctor.storage.source.SourceKind;
import dev.tokendoctor.storage.source.StorageEntry;
import dev.tokendoctor.storage.source.TextDecoding;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The JavaFX WebView (WebKit) profile: {@code <dir>/localstorage/<scheme>_<host>_<port>.localstorage},
 * SQLite {@code ItemTable(key TEXT, value BLOB)} with UTF-16LE values, in WAL mode. Read from a copy
 * of each database with its -wal and -shm. Read-only: the live page changes its own storage.
 */
public final class WebViewStorageSource extends ReadOnlyFolderSource {

    private static final String SUFFIX = ".localstorage";

    /** @param userDataDirectory what the app passes to {@code WebEngine.setUserDataDirectory} */
    public WebViewStorageSource(String displayName, Path userDataDirectory) {
        super("webview", SourceKind.WEBVIEW, displayName, userDataDirectory);
    }

    @Override
    protected Path scannedFolder() {
        return root().resolve("localstorage");
    }





    /** {@code http_localhost_8082.localstorage} → {@code http://localhost:8082}; port 0 means none. */
    public static String originOf(String fileName) {
        String base = fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
        int first = base.indexOf('_');
        int last = base.lastIndexOf('_');
        if (first < 0 || last <= first) {
            return base;
        }
        String scheme = base.substring(0, first);
        String host = base.substring(first + 1, last);
        String port = base.substring(last + 1);
        return scheme + "://" + host + ("0".equals(port) ? "" : ":" + port);
    }

    @Override
    protected void scanExisting(Path folder, ScanSink sink, ProgressListener progress, BooleanSupplier cancelled) {
        try (FolderSnapshot copy = FolderSnapshot.take(folder, n -> n.contains(SUFFIX), sink)) {
            List<Path> databases = copy.files().stream().filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList();
            for (int i = 0; i < databases.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    sink.error(ScanError.of(folder, ScanError.Problem.CANCELLED, "cancelled"));
                    return;
                }
                read(databases.get(i), copy.originalOf(databases.get(i)), sink);
                progress.progress(i + 1, databases.size());
            }
        } catch (IOException e) {
            sink.error(ScanError.of(folder, ScanError.Problem.UNREADABLE, e.getClass().getSimpleName()));
        }
    }

    private static void read(Path copy, Path original, ScanSink sink) {
        String origin = originOf(original.getFileName().toString());
        Instant modified = SqliteFiles.modified(original);
        try (Connection connection = SqliteFiles.openReadOnly(copy);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT key, value FROM ItemTable")) {
            while (rs.next()) {
                String key = rs.getString(1);
                if (key == null) {
                    sink.error(ScanError.ofKey(original, origin, "∅", ScanError.Problem.CORRUPT, "NULL key"));
                    continue;
                }
                byte[] raw = rs.getBytes(2);
                raw = raw == null ? new byte[0] : raw;
                TextDecoding.Decoded text = TextDecoding.utf16le(raw, 0, raw.length);
                if (text.replaced() > 0) {
                    sink.error(ScanError.ofKey(original, origin, key, ScanError.Problem.INVALID_TEXT,
                            String.valueOf(text.replaced())));
                }
                sink.entry(new StorageEntry(origin, key, text.text(), raw.length, modified, original, false));
            }
        } catch (SQLException e) {
            sink.error(ScanError.of(original, SqliteFiles.classify(e), SqliteFiles.detail(e)));
        } catch (RuntimeException e) {
            // a damaged file must cost that file only, never the other origins
            sink.error(ScanError.of(original, ScanError.Problem.CORRUPT, e.getClass().getSimpleName()));
        }
    }
}
