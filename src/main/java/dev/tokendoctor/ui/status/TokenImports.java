package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.storage.StoredTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The background half of the status screen's inputs: read, check, parse and store. Plain Java,
 * called on worker threads; what it returns the view model shows.
 */
final class TokenImports {

    /** Files larger than this are refused before reading (a token record is tiny). */
    static final long MAX_FILE_BYTES = 4L * TokenParser.MAX_CHARS;

    /** What an import did: the followed subject, or the problem in words. */
    record Result(TokenSubject subject, Msg problem, java.util.Optional<StoredTokens.UndoPreview> undo, boolean replaced) {
    }

    /** A failure with a sentence for the user. */
    static final class UserError extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Msg msg;

        UserError(Msg msg) {
            super(msg.key(), null, false, false);
            this.msg = msg;
        }

        Msg msg() {
            return msg;
        }
    }

    private final StoredTokens stored;
    private final TokenParser parser;

    TokenImports(StoredTokens stored, TokenParser parser) {
        this.stored = stored;
        this.parser = parser;
    }

    Result text(String input, Msg source) throws IOException {
        return store(parser.parse(input), source);
    }

    /** Reads a token file, size-checked first so a huge or missing file gets a sentence, not a stall. */
    Result file(Path path) throws IOException, UserError {
        if (!Files.isRegularFile(path)) {
            throw new UserError(Msg.of("error.noSuchFile", path.toString()));
        }
        long size = Files.size(path);
        if (size > MAX_FILE_BYTES) {
            throw new UserError(Msg.of("error.fileTooLarge", path.toString(), size / (1024 * 1024)));
        }
        return store(parser.parse(Files.readAllBytes(path)), Msg.of("source.file", path.toString()));
    }

    /** The parse of {@code input} when the app's store is empty, else null (then nothing is followed). */
    ParseResult parseIfNothingStored(String input) throws IOException {
        return stored.store().read().isEmpty() ? parser.parse(input) : null;
    }

    static Msg oversized(int chars) {
        return Msg.of("parse.tooLarge", String.format(Locale.ROOT, "%.1f", chars / 1048576.0), TokenParser.MAX_CHARS / 1024);
    }

    /** A good record is written to the store (backup first); a bad one is reported, the store untouched. */
    private Result store(ParseResult result, Msg source) throws IOException {
        if (result instanceof ParseResult.Parsed parsed) {
            boolean replaced = stored.store().read().isPresent();
            try {
                stored.save(parsed.record(), dev.tokendoctor.storage.TokenStore.Change.IMPORT);
            } catch (StoredTokens.KeptInMemory e) {
                // never dropped: followed from memory, and the Status screen says it is not saved
            }
            return new Result(new TokenSubject(parsed, source), null, stored.undoPreview(), replaced);
        }
        return new Result(null, ((ParseResult.Rejected) result).problem().message(), java.util.Optional.empty(), false);
    }
}
