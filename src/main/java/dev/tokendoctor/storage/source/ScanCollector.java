package dev.tokendoctor.storage.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A sink that keeps every entry in memory, cutting values longer than a limit (and saying so).
 * With a {@code keepValue} test it keeps only the values that pass (the rest become null, to be
 * read again with {@link StorageSource#value} when shown): memory then grows with the number of
 * keys, not with the size of the store.
 */
public final class ScanCollector implements ScanSink {

    /** The parser's own limit: anything longer cannot be a token record. */
    public static final int DEFAULT_MAX_VALUE_CHARS = 1 << 20;

    private final int maxValueChars;
    private final Predicate<StorageEntry> keepValue;
    private final Map<String, List<StorageEntry>> byOrigin = new TreeMap<>();
    private final List<ScanError> errors = new ArrayList<>();

    public ScanCollector(int maxValueChars) {
        this(maxValueChars, e -> true);
    }

    public ScanCollector(int maxValueChars, Predicate<StorageEntry> keepValue) {
        this.maxValueChars = maxValueChars;
        this.keepValue = keepValue;
    }

    @Override
    public synchronized void entry(StorageEntry entry) {
        if (entry.key() == null || entry.origin() == null) {
            // whatever reader let it through, one record without a key is one error, not a failed scan
            errors.add(ScanError.ofKey(entry.file(), String.valueOf(entry.origin()), "∅", ScanError.Problem.CORRUPT, "NULL key"));
            return;
        }
        if (!keepValue.test(entry)) {
            List<StorageEntry> list = byOrigin.computeIfAbsent(entry.origin(), o -> new ArrayList<>());
            String origin = list.isEmpty() ? entry.origin() : list.get(0).origin(); // one String per origin
            list.add(new StorageEntry(origin, entry.key(), null, entry.sizeBytes(), entry.lastModified(), entry.file(), false));
            return;
        }
        StorageEntry kept = entry;
        if (entry.value() != null && entry.value().length() > maxValueChars) {
            kept = entry.withValue(entry.value().substring(0, maxValueChars), true);
            errors.add(ScanError.ofKey(entry.file(), entry.origin(), entry.key(), ScanError.Problem.VALUE_TOO_LARGE,
                    entry.value().length() + " > " + maxValueChars));
        }
        byOrigin.computeIfAbsent(entry.origin(), o -> new ArrayList<>()).add(kept);
    }

    @Override
    public synchronized void error(ScanError error) {
        errors.add(error);
    }

    public synchronized ScanResult result(StorageSource source) {
        List<ScanResult.OriginEntries> origins = new ArrayList<>();
        byOrigin.forEach((origin, entries) -> {
            entries.sort(Comparator.comparing(StorageEntry::key));
            origins.add(new ScanResult.OriginEntries(origin, entries));
        });
        return new ScanResult(source.id(), source.kind(), source.displayName(), source.writable(), origins, errors);
    }
}
