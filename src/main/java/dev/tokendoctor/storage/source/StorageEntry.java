package dev.tokendoctor.storage.source;

import dev.tokendoctor.core.token.Fingerprint;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One live key of one origin.
 *
 * @param origin       e.g. {@code http://localhost:8082} (what the browser calls it)
 * @param key          the localStorage key
 * @param value        the value as text (may be a secret: show it only as a {@link Fingerprint});
 *                     cut when {@code truncated}
 * @param sizeBytes    the value's size as stored, in its stored encoding (before compression)
 * @param lastModified when the origin's storage (or the file) last changed, null if unknown
 * @param file         the browser file the entry was read from (the original, not the copy)
 * @param truncated    whether {@code value} holds only the first part of a very long value
 */
public record StorageEntry(String origin, String key, String value, long sizeBytes, Instant lastModified, Path file,
                           boolean truncated) {

    public StorageEntry withValue(String newValue, boolean cut) {
        return new StorageEntry(origin, key, newValue, sizeBytes, lastModified, file, cut);
    }

    /** Never prints the value. */
    @Override
    public String toString() {
        return "StorageEntry[origin=" + origin + ", key=" + key + ", value=" + Fingerprint.text(value)
                + ", sizeBytes=" + sizeBytes + ", lastModified=" + lastModified + "]";
    }
}
