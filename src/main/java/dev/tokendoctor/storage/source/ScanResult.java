package dev.tokendoctor.storage.source;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A finished scan of one source: its origins (sorted), each with its entries (sorted by key),
 * and the problems met on the way.
 */
public record ScanResult(String sourceId, SourceKind kind, String displayName, boolean writable,
                         List<OriginEntries> origins, List<ScanError> errors) {

    public ScanResult {
        origins = List.copyOf(origins);
        errors = List.copyOf(errors);
    }

    /** The entries of one origin. */
    public record OriginEntries(String origin, List<StorageEntry> entries) {
        public OriginEntries {
            entries = List.copyOf(entries);
        }
    }

    public Stream<StorageEntry> entries() {
        return origins.stream().flatMap(o -> o.entries().stream());
    }

    public Optional<StorageEntry> find(String origin, String key) {
        return entries().filter(e -> e.origin().equals(origin) && e.key().equals(key)).findFirst();
    }

    public boolean cancelled() {
        return errors.stream().anyMatch(e -> e.problem() == ScanError.Problem.CANCELLED);
    }
}
