package dev.tokendoctor.core.token;

import dev.tokendoctor.core.i18n.Msg;

/**
 * Why an input was refused, and where: a JSON path such as {@code $.tokens.expires_in} (with the
 * part of a JWT, e.g. {@code $.access_token (JWT payload)}), a position such as
 * {@code line 3, column 14}, or a byte offset.
 */
public record ParseProblem(Code code, String where, Msg message) {

    public enum Code {
        EMPTY, TOO_LARGE, BINARY, INVALID_JSON, WRONG_TYPE, NO_ACCESS_TOKEN, BAD_TIME, BAD_JWT, NOT_A_TOKEN
    }
}
