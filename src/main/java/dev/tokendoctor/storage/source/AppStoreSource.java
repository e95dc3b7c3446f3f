package dev.tokendoctor.storage.source;

import dev.tokendoctor.storage.TokenStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The app's own token file as a source with one entry, {@code coze_oauth_tokens} of origin
 * {@link #ORIGIN}. Writable: changes go through {@link #store()}, which keeps backups.
 */
public final class AppStoreSource implements StorageSource {

    public static final String ORIGIN = "app://coze-token-doctor";
    public static final String KEY = "coze_oauth_tokens";

    private final TokenStore store;
    private final String displayName;

    public AppStoreSource(String displayName, TokenStore store) {
        this.displayName = displayName;
        this.store = store;
    }

    /** Where to write, clear and undo. */
    public TokenStore store() {
        return store;
    }

    @Override
    public String id() {
        return "app:" + store.file();
    }

    @Override
    public SourceKind kind() {
        return SourceKind.APP_STORE;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean writable() {
        return true;
    }

    @Override
    public void scan(ScanSink sink, ProgressListener progress, BooleanSupplier cancelled) {
        Path file = store.file();
        try {
            Optional<byte[]> bytes = store.read();
            if (bytes.isPresent()) {
                TextDecoding.Decoded text = TextDecoding.utf8(bytes.get());
                if (text.replaced() > 0) {
                    sink.error(ScanError.ofKey(file, ORIGIN, KEY, ScanError.Problem.INVALID_TEXT, String.valueOf(text.replaced())));
                }
                sink.entry(new StorageEntry(ORIGIN, KEY, text.text(), bytes.get().length, modified(file), file, false));
            }
            progress.progress(1, 1);
        } catch (IOException e) {
            sink.error(ScanError.of(file, ScanError.Problem.UNREADABLE, e.getClass().getSimpleName()));
        }
    }

    static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }
}
