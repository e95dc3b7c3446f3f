package dev.tokendoctor.storage.source;

import java.util.function.BooleanSupplier;

/**
 * A place that holds localStorage-like entries: the app's own token store, the WebView profile,
 * a Chromium-family or Firefox profile, or a pasted value. Readers of browser stores work on a
 * private copy and never write, lock or rename anything in the browser's folder.
 *
 * <p>A scan never throws for bad input: every unreadable file, bad checksum or undecodable value
 * becomes a {@link ScanError} naming the file, and everything else is still delivered.
 */
public interface StorageSource {

    /** Stable identifier, e.g. {@code chromium:/path/to/profile}; unique among the sources of one scan. */
    String id();

    SourceKind kind();

    /** A short name for people, e.g. {@code Chrome — Profile 1}. Not translated: it names a thing. */
    String displayName();

    /** Whether the app may change this store itself (only the app's own store; browsers are read-only). */
    boolean writable();

    /**
     * Streams every live entry and every problem to {@code sink}, one file at a time.
     * Stops early, reporting {@link ScanError.Problem#CANCELLED}, once {@code cancelled} answers true.
     */
    void scan(ScanSink sink, ProgressListener progress, BooleanSupplier cancelled);

    /** Collects a scan in memory; values longer than {@link ScanCollector#DEFAULT_MAX_VALUE_CHARS} are cut. */
    default ScanResult scan(ProgressListener progress, BooleanSupplier cancelled) {
        ScanCollector collector = new ScanCollector(ScanCollector.DEFAULT_MAX_VALUE_CHARS);
        scan(collector, progress, cancelled);
        return collector.result(this);
    }

    /**
     * The value of one key, read again (for an entry whose value a scan did not keep); empty when
     * the key is gone. Cut to {@link ScanCollector#DEFAULT_MAX_VALUE_CHARS} like a scan's values.
     */
    default java.util.Optional<String> value(String origin, String key, BooleanSupplier cancelled) {
        String[] found = new String[1];
        scan(new ScanSink() {
            @Override
            public void entry(StorageEntry entry) {
                if (entry.origin().equals(origin) && entry.key().equals(key) && entry.value() != null) {
                    String v = entry.value();
                    found[0] = v.length() > ScanCollector.DEFAULT_MAX_VALUE_CHARS
                            ? v.substring(0, ScanCollector.DEFAULT_MAX_VALUE_CHARS) : v;
                }
            }

            @Override
            public void error(ScanError error) {
                // the scan that listed the key showed its problems
            }
        }, ProgressListener.NONE, cancelled);
        return java.util.Optional.ofNullable(found[0]);
    }

    /** {@link #scan(ProgressListener, BooleanSupplier)} without progress and without cancelling. */
    default ScanResult scan() {
        return scan(ProgressListener.NONE, () -> false);
    }
}
