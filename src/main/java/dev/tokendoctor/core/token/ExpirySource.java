package dev.tokendoctor.core.token;

/** How the parser arrived at the expiry instant. */
public enum ExpirySource {
    /** Coze's own form: {@code expires_in} (or another expiry field) holds Unix time in seconds. */
    EPOCH_SECONDS,
    /** An expiry field holds Unix time in milliseconds (JavaScript's {@code Date.now()} scale). */
    EPOCH_MILLIS,
    /** A duration in seconds added to the record's issue time. */
    DURATION_FROM_ISSUE_TIME,
    /** An ISO-8601 date-time string. */
    ISO_TIMESTAMP,
    /** The JWT's own {@code exp} claim. */
    JWT_EXP,
    /** Nothing in the record says when the token expires. */
    UNKNOWN
}
