package dev.tokendoctor.core.token;

import dev.tokendoctor.core.i18n.Msg;
import java.util.List;

/** The parser's answer: a record with the reading it chose and why, or the reason it refused. */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Rejected {

    /**
     * @param record   the token record
     * @param shape    which known shape the input matched
     * @param path     where in the input the record was found, e.g. {@code $.data.tokens}
     * @param expiry   how the expiry was read, with the field and raw value it came from
     * @param reason   the interpretation in words
     * @param warnings everything implausible or missing, in order of importance
     */
    record Parsed(TokenRecord record, Shape shape, String path, ExpiryReading expiry, Msg reason,
                  List<ParseWarning> warnings) implements ParseResult {
        public Parsed {
            warnings = List.copyOf(warnings);
        }

        public boolean has(ParseWarning.Code code) {
            return warnings.stream().anyMatch(w -> w.code() == code);
        }
    }

    record Rejected(ParseProblem problem) implements ParseResult {
    }

    /** The shapes the parser knows. */
    enum Shape {
        /** {@code {access_token, refresh_token, expires_in}} as Coze returns it. */
        COZE_RESPONSE,
        /** {@code {accessToken, refreshToken, expiresAt}} as JavaScript apps store it. */
        CAMEL_CASE,
        /** An expiry duration plus an issue time ({@code obtained_at}, {@code created_at}, …). */
        DURATION_WITH_ISSUE_TIME,
        /** A token string alone. */
        BARE_TOKEN
    }

    /** The expiry as read: how, from which field, and the raw value found there. */
    record ExpiryReading(ExpirySource source, String field, String rawValue) {
        public static ExpiryReading unknown() {
            return new ExpiryReading(ExpirySource.UNKNOWN, null, null);
        }
    }
}
