package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.ParseResult;

/**
 * The token the status screen follows: what was read ({@code null} when nothing is stored)
 * and where it came from, in words.
 */
public record TokenSubject(ParseResult result, Msg source) {

    public static TokenSubject missing(Msg source) {
        return new TokenSubject(null, source);
    }

    public ParseResult.Parsed parsed() {
        return result instanceof ParseResult.Parsed p ? p : null;
    }
}
