package dev.tokendoctor.storage.tokens;

import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.storage.source.SourceKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A stored value that is, or looks like, a Coze token, with where it was found and its verdict.
 *
 * @param namedKey    whether the key is {@code coze_oauth_tokens} (else the value merely looks like a token)
 * @param fingerprint the value's fingerprint: the only form of it that messages may show
 */
public record FoundToken(String sourceId, SourceKind sourceKind, String sourceName, boolean writable, String origin,
                         String key, Path file, Instant lastModified, boolean namedKey, ParseResult parse,
                         TokenHealth health, Fingerprint fingerprint) {

    public Optional<TokenRecord> record() {
        return parse instanceof ParseResult.Parsed parsed ? Optional.of(parsed.record()) : Optional.empty();
    }

    public Optional<Instant> expiresAt() {
        return record().map(TokenRecord::expiresAt);
    }
}
