package dev.tokendoctor.storage.chromium;

import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanSink;
import dev.tokendoctor.storage.source.StorageEntry;
import dev.tokendoctor.storage.source.TextDecoding;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * Turns one scan's live records into entries. Keys arrive sorted, so an origin's name is decoded
 * once per run of its keys; a value is decoded only if the sink needs it ({@link ScanSink#needsValue}).
 */
final class EntryDecoder {

    private final Map<String, Instant> modified;
    private final ScanSink sink;
    private byte[] lastKey = new byte[0];
    private int lastOriginEnd = -1;
    private String lastOrigin;

    EntryDecoder(Map<String, Instant> modified, ScanSink sink) {
        this.modified = modified;
        this.sink = sink;
    }

    /** One entry, or one error row: a record the decoder chokes on never costs the rest of the scan. */
    void record(byte[] rawKey, byte[] rawValue, Path file) {
        try {
            decode(rawKey, rawValue, file);
        } catch (RuntimeException e) {
            sink.error(ScanError.of(file, ScanError.Problem.CORRUPT, "record: " + e.getClass().getSimpleName()));
        }
    }

    private void decode(byte[] rawKey, byte[] rawValue, Path file) {
        ChromeEncoding.EntryKey split = ChromeEncoding.entryKey(rawKey);
        if (split == null) {
            return; // VERSION, META:…, METAACCESS:…
        }
        String origin = origin(rawKey, split);
        TextDecoding.Decoded key = ChromeEncoding.string(rawKey, split.keyStart());
        if (key.text() == null) {
            sink.error(new ScanError(file, origin, null, ScanError.Problem.CORRUPT, Msg.of(ScanError.Problem.CORRUPT.messageKey(),
                    file + " (" + origin + ")", "unknown key format " + rawKey[split.keyStart()])));
            return;
        }
        boolean needed = sink.needsValue(key.text(), ChromeEncoding.firstNonSpace(rawValue));
        TextDecoding.Decoded value = needed ? ChromeEncoding.string(rawValue, 0) : ChromeEncoding.check(rawValue);
        if (value.text() == null) {
            sink.error(ScanError.ofKey(file, origin, key.text(), ScanError.Problem.CORRUPT,
                    "unknown value format " + rawValue[0]));
            return;
        }
        if (key.replaced() + value.replaced() > 0) {
            sink.error(ScanError.ofKey(file, origin, key.text(), ScanError.Problem.INVALID_TEXT,
                    String.valueOf(key.replaced() + value.replaced())));
        }
        sink.entry(new StorageEntry(origin, key.text(), needed ? value.text() : null, Math.max(0, rawValue.length - 1),
                modified.get(origin), file, false));
    }

    /** The origin's name, the same String as the previous key's when the bytes are the same. */
    private String origin(byte[] rawKey, ChromeEncoding.EntryKey split) {
        int end = split.keyStart() - 1;
        if (end != lastOriginEnd || !Arrays.equals(rawKey, 0, end, lastKey, 0, end)) {
            lastKey = rawKey;
            lastOriginEnd = end;
            lastOrigin = split.origin();
        }
        return lastOrigin;
    }
}
