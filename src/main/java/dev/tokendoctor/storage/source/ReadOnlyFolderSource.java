package dev.tokendoctor.storage.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * A browser's store on disk: read from a private copy, never written. Subclasses read the copy;
 * this class holds what every such source shares (identity, the read-only promise, and the error
 * row for a folder that is not there).
 */
public abstract class ReadOnlyFolderSource implements StorageSource {

    private final String idPrefix;
    private final SourceKind kind;
    private final String displayName;
    private final Path root;

    protected ReadOnlyFolderSource(String idPrefix, SourceKind kind, String displayName, Path root) {
        this.idPrefix = idPrefix;
        this.kind = kind;
        this.displayName = displayName;
        this.root = root;
    }

    /** The folder this source was made for. */
    protected Path root() {
        return root;
    }

    @Override
    public String id() {
        return idPrefix + ":" + root;
    }

    @Override
    public SourceKind kind() {
        return kind;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /** Always false: the browser owns the file and may be running. */
    @Override
    public boolean writable() {
        return false;
    }

    @Override
    public final void scan(ScanSink sink, ProgressListener progress, BooleanSupplier cancelled) {
        Path folder = scannedFolder();
        if (!Files.isDirectory(folder)) {
            sink.error(ScanError.of(folder, ScanError.Problem.NOT_FOUND, "no such folder"));
            return;
        }
        scanExisting(folder, sink, progress, cancelled);
    }

    /** The folder that must exist for a scan (the root, or a folder under it). */
    protected Path scannedFolder() {
        return root;
    }

    /** Reads {@code folder}, which exists. */
    protected abstract void scanExisting(Path folder, ScanSink sink, ProgressListener progress, BooleanSupplier cancelled);
}
