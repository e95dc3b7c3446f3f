package dev.tokendoctor.storage;

import dev.tokendoctor.core.token.ParseProblem;
import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.core.token.TokenRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The app's store as token records: reads through the parser, moves unreadable files aside. */
public final class StoredTokens {

    /** What loading found. */
    public sealed interface Loaded permits Empty, Found, Quarantined {
    }

    public record Empty() implements Loaded {
    }

    public record Found(ParseResult.Parsed parsed) implements Loaded {
    }

    /** The file was not a token record; it now lies at {@code movedTo}. */
    public record Quarantined(Path movedTo, ParseProblem problem) implements Loaded {
    }

    private final TokenStore store;
    private final TokenParser parser;

    public StoredTokens(TokenStore store, TokenParser parser) {
        this.store = store;
        this.parser = parser;
    }

    public TokenStore store() {
        return store;
    }

    public Loaded load() throws IOException {
        Optional<byte[]> bytes = store.read();
        if (bytes.isEmpty()) {
            return new Empty();
        }
        ParseResult result = parser.parse(bytes.get());
        if (result instanceof ParseResult.Parsed parsed) {
            return new Found(parsed);
        }
        return new Quarantined(store.quarantine(), ((ParseResult.Rejected) result).problem());
    }

    /** Saves refreshed tokens (the replaced ones are backed up, not undoable). */
    public void save(TokenRecord record) throws IOException {
        save(record, TokenStore.Change.REFRESH);
    }

    public void save(TokenRecord record, TokenStore.Change why) throws IOException {
        store.write(TokenJson.toBytes(record), why);
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
