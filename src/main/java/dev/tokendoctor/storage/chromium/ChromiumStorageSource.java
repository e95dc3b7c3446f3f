package dev.tokendoctor.storage.chromium;

import dev.tokendoctor.storage.leveldb.LevelDbReader;
import dev.tokendoctor.storage.source.FolderSnapshot;
import dev.tokendoctor.storage.source.ProgressListener;
import dev.tokendoctor.storage.source.ReadOnlyFolderSource;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanSink;
import dev.tokendoctor.storage.source.SourceKind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The localStorage of one Chrome, Chromium, Edge or Brave profile: its
 * {@code Local Storage/leveldb} folder, read from a private copy. Read-only.
 */
public final class ChromiumStorageSource extends ReadOnlyFolderSource {

    /** Values kept in memory between the two passes; the rest is read again from the copy. */
    public static final long DEFAULT_INLINE_BUDGET = 4L << 20;

    private final LevelDbReader reader;

    /**
     * @param displayName  e.g. {@code Chrome — Default}
     * @param leveldbFolder the profile's {@code Local Storage/leveldb} folder (or any LevelDB folder in Chrome's format)
     */
    public ChromiumStorageSource(String displayName, Path leveldbFolder, long inlineBudget) {
        super("chromium", SourceKind.CHROMIUM, displayName, leveldbFolder);
        this.reader = new LevelDbReader(inlineBudget);
    }

    public ChromiumStorageSource(String displayName, Path leveldbFolder) {
        this(displayName, leveldbFolder, DEFAULT_INLINE_BUDGET);
    }

    public Path folder() {
        return root();
    }





    /** Reads again with a fresh MANIFEST when the browser compacts away a table we were about to read. */
    private static final int ATTEMPTS = 3;

    @Override
    protected void scanExisting(Path folder, ScanSink sink, ProgressListener progress, BooleanSupplier cancelled) {
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                // Only the files the browser changes are copied; its tables are immutable and read in place.
                try (FolderSnapshot snapshot = FolderSnapshot.take(folder, LevelDbReader.MUTABLE, sink)) {
                    Map<String, Instant> modified = new HashMap<>();
                    LevelDbReader.Live live = reader.read(snapshot, sink, progress, cancelled, ChromeEncoding::isMeta,
                            attempt == ATTEMPTS);
                    live.forEachInline((key, value) -> meta(key, value, modified));
                    // META: keys sort before every entry key ('M' < '_'), so each origin's time is known first.
                    EntryDecoder entries = new EntryDecoder(modified, sink);
                    live.emit((key, value, file) -> {
                        if (!meta(key, value, modified)) {
                            entries.record(key, value, file);
                        }
                    });
                    return;
                } catch (LevelDbReader.TablesMissing e) {
                    // the browser compacted between our copy of the MANIFEST and opening its tables: again
                }
            }
        } catch (LevelDbReader.Cancelled e) {
            sink.error(ScanError.of(folder, ScanError.Problem.CANCELLED, "cancelled"));
        } catch (AccessDeniedException e) {
            sink.error(ScanError.of(folder, ScanError.Problem.UNREADABLE, "access denied"));
        } catch (IOException e) {
            sink.error(ScanError.of(folder, ScanError.Problem.UNREADABLE, e.getClass().getSimpleName()));
        }
    }

    /** Notes a {@code META:} key's last-modified time; false if {@code key} is not one. */
    private static boolean meta(byte[] key, byte[] value, Map<String, Instant> modified) {
        if (!ChromeEncoding.isMeta(key)) {
            return false;
        }
        Instant at = ChromeEncoding.lastModified(value);
        if (at != null) {
            modified.putIfAbsent(ChromeEncoding.metaOrigin(key), at);
        }
        return true;
    }
}
