package dev.tokendoctor.storage.sqlite;

import dev.tokendoctor.storage.source.ScanError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/** Opening SQLite copies read-only, and naming what went wrong. */
final class SqliteFiles {

    /** A read-only connection to a private copy (its -wal and -shm beside it). */
    static Connection openReadOnly(Path copy) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(2000);
        return config.createConnection("jdbc:sqlite:" + copy.toAbsolutePath());
    }

    static ScanError.Problem classify(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return ScanError.Problem.NOT_A_DATABASE;
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return ScanError.Problem.CORRUPT;
        }
        return ScanError.Problem.UNREADABLE;
    }

    /** SQLite's message names the problem, never the data. */
    static String detail(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.length() > 160 ? message.substring(0, 160) : message;
    }

    /** When the database last changed: the newer of the file and its write-ahead log. */
    static Instant modified(Path db) {
        Instant newest = null;
        for (Path p : new Path[] {db, db.resolveSibling(db.getFileName() + "-wal")}) {
            try {
                Instant t = Files.getLastModifiedTime(p).toInstant();
                newest = newest == null || t.isAfter(newest) ? t : newest;
            } catch (IOException e) {
                // no WAL, or gone: the other time is enough
            }
        }
        return newest;
    }

    private SqliteFiles() {
    }
}
