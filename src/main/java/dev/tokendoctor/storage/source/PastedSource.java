package dev.tokendoctor.storage.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BooleanSupplier;

/** A value the user pasted, or a JSON file they chose: a read-only source with one entry. */
public final class PastedSource implements StorageSource {

    public static final String ORIGIN = "pasted:";
    public static final String KEY = "pasted";
    /** Files beyond this are not token records: only their start is read. */
    public static final int MAX_FILE_BYTES = 4 << 20;

    private final String id;
    private final String displayName;
    private final String text;
    private final Path file;
    private final Clock clock;

    private PastedSource(String id, String displayName, String text, Path file, Clock clock) {
        this.id = id;
        this.displayName = displayName;
        this.text = text;
        this.file = file;
        this.clock = clock;
    }

    /** Pasted text; its "last modified" is when it was pasted. */
    public static PastedSource ofText(String displayName, String text, Clock clock) {
        return new PastedSource("pasted:" + java.util.UUID.randomUUID(), displayName, text, null, clock);
    }

    /** A file, read when scanned. */
    public static PastedSource ofFile(Path file, Clock clock) {
        return new PastedSource("file:" + file, file.getFileName().toString(), null, file, clock);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.PASTED;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean writable() {
        return false;
    }

    @Override
    public void scan(ScanSink sink, ProgressListener progress, BooleanSupplier cancelled) {
        if (file == null) {
            sink.entry(new StorageEntry(ORIGIN, KEY, text, text.length() * 2L, clock.instant(), null, false));
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            boolean cut = bytes.length > MAX_FILE_BYTES;
            if (cut) {
                sink.error(ScanError.of(file, ScanError.Problem.VALUE_TOO_LARGE, "> " + MAX_FILE_BYTES + " bytes"));
                bytes = java.util.Arrays.copyOf(bytes, MAX_FILE_BYTES);
            }
            TextDecoding.Decoded decoded = TextDecoding.utf8(bytes);
            if (decoded.replaced() > 0 && !cut) {
                sink.error(ScanError.of(file, ScanError.Problem.INVALID_TEXT, String.valueOf(decoded.replaced())));
            }
            sink.entry(new StorageEntry(ORIGIN + file.getFileName(), KEY, decoded.text(), Files.size(file),
                    AppStoreSource.modified(file), file, cut));
            progress.progress(1, 1);
        } catch (IOException e) {
            sink.error(ScanError.of(file, e instanceof java.nio.file.NoSuchFileException ? ScanError.Problem.NOT_FOUND
                    : ScanError.Problem.UNREADABLE, e.getClass().getSimpleName()));
        }
    }
}
