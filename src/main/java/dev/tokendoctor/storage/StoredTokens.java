package dev.tokendoctor.storage;

import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.ExpirySource;
import dev.tokendoctor.core.token.ParseProblem;
import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.core.token.TokenRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The app's store as token records: reads through the parser, moves unreadable files aside. Tokens
 * whose save failed (read-only or full data folder) are never dropped: they are kept in memory,
 * {@link #load()} returns them marked unsaved, and the next successful save replaces them.
 */
public final class StoredTokens {

    /** What loading found. */
    public sealed interface Loaded permits Empty, Found, Quarantined {
    }

    public record Empty() implements Loaded {
    }

    /** A readable record; {@code unsaved}: held in memory only, because writing it failed ({@link #unsavedBecause()}). */
    public record Found(ParseResult.Parsed parsed, boolean unsaved) implements Loaded {
        public Found(ParseResult.Parsed parsed) {
            this(parsed, false);
        }
    }

    /** The save failed, but the tokens are kept in memory and followed: nothing was lost. */
    public static final class KeptInMemory extends IOException {
        public KeptInMemory(IOException cause) {
            super("kept in memory, not saved: " + cause.getClass().getSimpleName(), cause);
        }
    }

    /** The file was not a token record; it now lies at {@code movedTo}. */
    public record Quarantined(Path movedTo, ParseProblem problem) implements Loaded {
    }

    private final TokenStore store;
    private final TokenParser parser;
    private volatile TokenRecord unsaved;
    private volatile String unsavedBecause;

    public StoredTokens(TokenStore store, TokenParser parser) {
        this.store = store;
        this.parser = parser;
    }

    public TokenStore store() {
        return store;
    }

    public Loaded load() throws IOException {
        TokenRecord pending = unsaved;
        if (pending != null) {
            return new Found(exactly(pending, parser.parse(TokenJson.toBytes(pending))), true);
        }
        Optional<byte[]> bytes = store.read();
        if (bytes.isEmpty()) {
            return new Empty();
        }
        ParseResult result = parser.parse(bytes.get());
        Optional<TokenRecord> exact = TokenJson.read(bytes.get());
        if (exact.isPresent()) {
            return new Found(exactly(exact.get(), result));
        }
        if (result instanceof ParseResult.Parsed parsed) {
            return new Found(parsed);
        }
        return new Quarantined(store.quarantine(), ((ParseResult.Rejected) result).problem());
    }

    /** A file this app wrote reads back as written: the exact times decide, the parser adds its warnings. */
    private static ParseResult.Parsed exactly(TokenRecord record, ParseResult parsed) {
        String iso = record.expiresAt() == null ? null : record.expiresAt().toString();
        ParseResult.ExpiryReading expiry = iso == null ? ParseResult.ExpiryReading.unknown()
                : new ParseResult.ExpiryReading(ExpirySource.ISO_TIMESTAMP, TokenJson.EXACT + ".expires_at", iso);
        Msg reason = iso == null ? Msg.of("interp.none") : Msg.of("interp.iso", expiry.field(), iso);
        if (parsed instanceof ParseResult.Parsed p) {
            return new ParseResult.Parsed(record, p.shape(), p.path(), expiry, reason, p.warnings());
        }
        return new ParseResult.Parsed(record, ParseResult.Shape.COZE_RESPONSE, "$", expiry, reason, List.of());
    }

    /** Saves refreshed tokens (the replaced ones are backed up, not undoable). */
    public void save(TokenRecord record) throws IOException {
        save(record, TokenStore.Change.REFRESH);
    }

    /** Saves {@code record}; when the write fails it is kept in memory and {@link KeptInMemory} says so. */
    public void save(TokenRecord record, TokenStore.Change why) throws IOException {
        try {
            store.write(TokenJson.toBytes(record), why);
            unsaved = null;
            unsavedBecause = null;
        } catch (IOException e) {
            unsaved = record;
            unsavedBecause = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            throw new KeptInMemory(e);
        }
    }

    /** Why the followed tokens are held in memory only (the failed write's reason), or null when they are saved. */
    public String unsavedBecause() {
        return unsaved == null ? null : unsavedBecause;
    }

    /** The tokens held in memory only, if a save failed. */
    public Optional<TokenRecord> unsaved() {
        return Optional.ofNullable(unsaved);
    }

    /** Clears the stored tokens (kept as a backup) and forgets any held in memory. */
    public boolean clear() throws IOException {
        boolean hadUnsaved = unsaved != null;
        unsaved = null;
        return store.clear() || hadUnsaved;
    }

    /** Writes the followed tokens to a file the user chose ("Save as…"): owner-only, atomically. */
    public void saveAs(Path target) throws IOException {
        Loaded loaded = load();
        if (!(loaded instanceof Found found)) {
            throw new IOException("there are no tokens to save");
        }
        SafeFiles.writeAtomically(target, TokenJson.toBytes(found.parsed().record()));
    }

    /** What undo would put back, read from its backup: the change it undoes and the record (null if the backup is unreadable). */
    public Optional<UndoPreview> undoPreview() throws IOException {
        Optional<TokenStore.Undoable> undoable = store.undoable();
        if (undoable.isEmpty()) {
            return Optional.empty();
        }
        ParseResult result = parser.parse(java.nio.file.Files.readAllBytes(undoable.get().backup()));
        return Optional.of(new UndoPreview(undoable.get().change(),
                result instanceof ParseResult.Parsed parsed ? parsed.record() : null));
    }

    /** The change undo reverts and the record it restores (null: not a readable record). */
    public record UndoPreview(TokenStore.Change change, TokenRecord restores) {
    }
}
