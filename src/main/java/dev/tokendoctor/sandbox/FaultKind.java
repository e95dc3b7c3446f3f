package dev.tokendoctor.sandbox;

/** What can go wrong on purpose. Faults hit the JSON API endpoints, never the HTML pages. */
public enum FaultKind {
    /** Wait {@link Fault#amount()} milliseconds, then answer normally (or with another fault). */
    DELAY,
    /** HTTP 500 with an {@code internal_error} body. */
    HTTP_500,
    /** HTTP 503 Service Unavailable. */
    HTTP_503,
    /** HTTP 429 with {@code Retry-After: amount} seconds. */
    HTTP_429,
    /** Close the connection without answering. */
    DROP_CONNECTION,
    /** HTTP 200, {@code application/json}, with a truncated body. */
    MALFORMED_JSON,
    /** HTTP 502 with a gateway's HTML error page instead of JSON. */
    HTML_ERROR_PAGE,
    /** Answer normally with a {@code Date} header {@code amount} seconds off. */
    SKEWED_DATE,
    /** Token endpoint: 401 invalid_client "invalid jwt: kid not been registred". */
    REGION_MISMATCH,
    /** Token endpoint, refresh grant: answer as if the refresh token had been used already. */
    REUSED_REFRESH_TOKEN
}
