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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.xerial.snappy.Snappy;
import org.xerial.snappy.SnappyError;

/**
 * The localStorage of one Firefox profile: {@code storage/default/<origin>/ls/data.sqlite} per
 * origin (values raw-Snappy compressed when {@code compression_type = 1}, UTF-8 when
 * {@code conversion_type = 1}, else UTF-16LE) and the legacy {@code webappsstore.sqlite}.
 * Every database is read from a private copy, read-only.
 */
public final class FirefoxStorageSource extends ReadOnlyFolderSource {

    public FirefoxStorageSource(String displayName, Path profile) {
        super("firefox", SourceKind.FIREFOX, displayName, profile);
    }





    @Override
    protected void scanExisting(Path profile, ScanSink sink, ProgressListener progress, BooleanSupplier cancelled) {
        List<Path> databases = new ArrayList<>();
        Path storage = profile.resolve("storage").resolve("default");
        if (Files.isDirectory(storage)) {
            try (DirectoryStream<Path> origins = Files.newDirectoryStream(storage)) {
                for (Path origin : origins) {
                    Path db = origin.resolve("ls").resolve("data.sqlite");
                    if (Files.isRegularFile(db)) {
                        databases.add(db);
                    }
                }
            } catch (IOException e) {
                sink.error(ScanError.of(storage, ScanError.Problem.UNREADABLE, e.getClass().getSimpleName()));
            }
        }
        databases.sort(null);
        Path legacy = profile.resolve("webappsstore.sqlite");
        if (Files.isRegularFile(legacy)) {
            databases.add(legacy);
        }
        for (int i = 0; i < databases.size(); i++) {
            if (cancelled.getAsBoolean()) {
                sink.error(ScanError.of(profile, ScanError.Problem.CANCELLED, "cancelled"));
                return;
            }
            Path db = databases.get(i);
            read(db, db == legacy, sink);
            progress.progress(i + 1, databases.size());
        }
    }

    private void read(Path db, boolean legacy, ScanSink sink) {
        String name = db.getFileName().toString();
        try (FolderSnapshot copy = FolderSnapshot.take(db.getParent(), n -> n.startsWith(name), sink)) {
            if (!copy.has(name)) {
                return; // the snapshot said why
            }
            try (Connection connection = SqliteFiles.openReadOnly(copy.folder().resolve(name));
                 Statement statement = connection.createStatement()) {
                Instant modified = SqliteFiles.modified(db);
                if (legacy) {
                    readLegacy(statement, db, modified, sink);
                } else {
                    readOrigin(statement, db, originOf(statement, db), modified, sink);
                }
            }
        } catch (SQLException e) {
            sink.error(ScanError.of(db, SqliteFiles.classify(e), SqliteFiles.detail(e)));
        } catch (IOException e) {
            sink.error(ScanError.of(db, ScanError.Problem.UNREADABLE, e.getClass().getSimpleName()));
        } catch (RuntimeException e) {
            // a damaged file must cost that file only, never the rest of the profile
            sink.error(ScanError.of(db, ScanError.Problem.CORRUPT, e.getClass().getSimpleName()));
        }
    }

    /** The {@code database} table names the origin; the folder name says the same, sanitized. */
    private static String originOf(Statement statement, Path db) {
        try (ResultSet rs = statement.executeQuery("SELECT origin FROM database LIMIT 1")) {
            if (rs.next() && rs.getString(1) != null && !rs.getString(1).isBlank()) {
                return rs.getString(1);
            }
        } catch (SQLException e) {
            // older schema: fall back to the folder's name
        }
        return FirefoxOrigins.fromFolderName(db.getParent().getParent().getFileName().toString());
    }

    private static void readOrigin(Statement statement, Path db, String origin, Instant modified, ScanSink sink)
            throws SQLException {
        try (ResultSet rs = statement.executeQuery(
                "SELECT key, conversion_type, compression_type, last_access_time, value FROM data")) {
            while (rs.next()) {
                String key = rs.getString(1);
                if (key == null) {
                    sink.error(ScanError.ofKey(db, origin, "∅", ScanError.Problem.CORRUPT, "NULL key"));
                    continue;
                }
                try {
                    readRow(rs, db, origin, key, modified, sink);
                } catch (RuntimeException | SQLException e) {
                    sink.error(ScanError.ofKey(db, origin, key, ScanError.Problem.CORRUPT, e.getClass().getSimpleName()));
                }
            }
        }
    }

    /** One row; a bad row becomes one error, never the end of the scan. */
    private static void readRow(ResultSet rs, Path db, String origin, String key, Instant modified, ScanSink sink)
            throws SQLException {
        byte[] stored = rs.getBytes(5);
        byte[] raw = stored == null ? new byte[0] : stored;
        if (rs.getInt(3) == 1) {
            try {
                if (!Snappy.isValidCompressedBuffer(raw) || Snappy.uncompressedLength(raw) > 256 << 20) {
                    throw new IOException("invalid Snappy data");
                }
                raw = Snappy.uncompress(raw);
            } catch (IOException | SnappyError e) {
                sink.error(ScanError.ofKey(db, origin, key, ScanError.Problem.BAD_COMPRESSION, "Snappy"));
                return;
            }
        }
        TextDecoding.Decoded text = rs.getInt(2) == 1 ? TextDecoding.utf8(raw) : TextDecoding.utf16le(raw, 0, raw.length);
        if (text.replaced() > 0) {
            sink.error(ScanError.ofKey(db, origin, key, ScanError.Problem.INVALID_TEXT, String.valueOf(text.replaced())));
        }
        long accessMicros = rs.getLong(4);
        Instant at = accessMicros > 0 && accessMicros < Long.MAX_VALUE / 1000 ? Instant.EPOCH.plusNanos(accessMicros * 1000)
                : modified;
        sink.entry(new StorageEntry(origin, key, text.text(), raw.length, at, db, false));
    }

    private static void readLegacy(Statement statement, Path db, Instant modified, ScanSink sink) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT originKey, key, value FROM webappsstore2")) {
            while (rs.next()) {
                String value = rs.getString(3);
                String originKey = rs.getString(1);
                String origin = originKey == null ? "∅" : FirefoxOrigins.fromLegacyKey(originKey);
                String key = rs.getString(2);
                if (key == null || originKey == null) {
                    sink.error(ScanError.ofKey(db, origin, key == null ? "∅" : key, ScanError.Problem.CORRUPT, "NULL key"));
                    continue;
                }
                sink.entry(new StorageEntry(origin, key, value, value == null ? 0 : value.length() * 2L, modified, db, false));
            }
        }
    }
}
