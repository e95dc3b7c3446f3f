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

    public void save(TokenRecord record) throws IOException {
        store.write(TokenJson.toBytes(record));
    }
}
