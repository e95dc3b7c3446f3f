package dev.tokendoctor.core.token;

import dev.tokendoctor.core.i18n.Msg;

/** Something the parser accepted but a person should know; {@code message} is rendered by the UI. */
public record ParseWarning(Code code, Msg message) {

    public enum Code {
        /** A small {@code expires_in} read as a duration, although Coze sends epoch seconds. */
        EXPIRES_IN_AS_DURATION,
        /** A duration with no issue time: the expiry cannot be computed. */
        DURATION_WITHOUT_ISSUE_TIME,
        /** An expiry decades ahead, the mark of an epoch added to "now". */
        EXPIRY_FAR_FUTURE,
        /** A field named for seconds holds milliseconds. */
        MILLIS_IN_SECONDS_FIELD,
        /** A JavaScript-style field ({@code expiresAt}) holds seconds; {@code Date.now()} compares in ms. */
        SECONDS_IN_MILLIS_FIELD,
        /** A refresh token with no issue time: its 30-day life cannot be judged. */
        REFRESH_WITHOUT_ISSUE_TIME,
        /** No refresh token is stored: when the access token expires, only a new sign-in helps. */
        NO_REFRESH_TOKEN,
        /** The JWT header says {@code alg: none}. */
        JWT_UNSIGNED,
        /** The JWT signature was not (cannot be) verified. */
        JWT_SIGNATURE_UNVERIFIED,
        /** The record's expiry and the JWT's {@code exp} disagree. */
        JWT_EXP_DISAGREES,
        /** The value was a JSON string containing JSON (double-encoded localStorage). */
        DOUBLE_ENCODED,
        /** The token has none of Coze's prefixes. */
        UNKNOWN_TOKEN_PREFIX,
        /** An issue time lies in the future of the local clock. */
        ISSUED_IN_FUTURE,
        /** Several candidate fields; one was chosen. */
        AMBIGUOUS_FIELDS,
        /** A bare token string: nothing says when it expires unless it is a JWT. */
        BARE_TOKEN
    }
}
