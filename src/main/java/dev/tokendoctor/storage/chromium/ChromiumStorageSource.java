package dev.tokendoctor.storage.chromium;

import dev.tokendoctor.storage.leveldb.LevelDbReader;
import dev.tokendoctor.storage.source.FolderSnapshot;
import dev.tokendoctor.storage.source.ProgressListener;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanSink;
import dev.tokendoctor.storage.source.SourceKind;
import dev.tokendoctor.storage.source.StorageEntry;
import dev.tokendoctor.storage.source.ReadOnlyFolderSource;
import dev.tokendoctor.storage.source.TextDecoding;
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





    @Override
    protected void scanExisting(Path folder, ScanSink sink, ProgressListener progress, BooleanSupplier cancelled) {
        try (FolderSnapshot snapshot = FolderSnapshot.take(folder, LevelDbReader.FILES, sink)) {
            LevelDbReader.Live live = reader.read(snapshot, sink, progress, cancelled, ChromeEncoding::isMeta);
            Map<String, Instant> modified = new HashMap<>();
            live.forEachInline((key, value) -> {
                if (ChromeEncoding.isMeta(key)) {
                    Instant at = ChromeEncoding.lastModified(value);
                    if (at != null) {
                        modified.put(ChromeEncoding.metaOrigin(key), at);
                    }
                }
            });
            live.emit((key, value, file) -> entry(key, value, file, modified, sink));
        } catch (LevelDbReader.Cancelled e) {
            sink.error(ScanError.of(folder, ScanError.Problem.CANCELLED, "cancelled"));
        } catch (AccessDeniedException e) {
            sink.error(ScanError.of(folder, ScanError.Problem.UNREADABLE, "access denied"));
        } catch (IOException e) {
            sink.error(ScanError.of(folder, ScanError.Problem.UNREADABLE, e.getClass().getSimpleName()));
        }
    }

    private static void entry(byte[] rawKey, byte[] rawValue, Path file, Map<String, Instant> modified, ScanSink sink) {
        ChromeEncoding.EntryKey split = ChromeEncoding.entryKey(rawKey);
        if (split == null) {
            return; // VERSION, META:…, METAACCESS:…
        }
        String origin = split.origin();
        TextDecoding.Decoded key = ChromeEncoding.string(rawKey, split.keyStart());
        if (key.text() == null) {
            sink.error(new ScanError(file, origin, null, ScanError.Problem.CORRUPT,
                    dev.tokendoctor.core.i18n.Msg.of(ScanError.Problem.CORRUPT.messageKey(), file + " (" + origin + ")",
                            "unknown key format " + rawKey[split.keyStart()])));
            return;
        }
        TextDecoding.Decoded value = ChromeEncoding.string(rawValue, 0);
        if (value.text() == null) {
            sink.error(ScanError.ofKey(file, origin, key.text(), ScanError.Problem.CORRUPT,
                    "unknown value format " + rawValue[0]));
            return;
        }
        if (key.replaced() + value.replaced() > 0) {
            sink.error(ScanError.ofKey(file, origin, key.text(), ScanError.Problem.INVALID_TEXT,
                    String.valueOf(key.replaced() + value.replaced())));
        }
        sink.entry(new StorageEntry(origin, key.text(), value.text(), Math.max(0, rawValue.length - 1),
                modified.get(origin), file, false));
    }
}
