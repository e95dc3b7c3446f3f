package dev.tokendoctor.oauth.client;

import dev.tokendoctor.oauth.signin.DeviceAuthorization;

import java.util.Objects;
import java.util.Optional;

/**
 * What a call to Coze came to. Every client method returns one of these instead of throwing:
 * the diagnosis layer classifies them, the UI shows them.
 */
public sealed interface OAuthOutcome {

    /** Whether the call achieved what it was for. */
    default boolean succeeded() {
        return this instanceof Success || this instanceof Probed || this instanceof DeviceCodeIssued;
    }

    /** The grant of a successful token call. */
    default Optional<TokenGrant> tokenGrant() {
        return this instanceof Success ? Optional.of(((Success) this).grant()) : Optional.empty();
    }

    /** A token endpoint issued tokens. */
    record Success(TokenGrant grant) implements OAuthOutcome {
        public Success {
            Objects.requireNonNull(grant, "grant");
        }
    }

    /** The token probe ({@code GET /v1/users/me}) accepted the token. */
    record Probed(CozeUser user) implements OAuthOutcome {
    }

    /** The device flow started: show the user code and verification page. */
    record DeviceCodeIssued(DeviceAuthorization authorization) implements OAuthOutcome {
    }

    /**
     * An OAuth endpoint refused: {@code {"error","error_code","error_message"}} (or
     * {@code error_description}). {@code logId} is the {@code X-Tt-Logid} header, support needs it.
     * {@code httpStatus} is 0 when the error was decided locally (device code expired).
     */
    record OAuthError(String error, String errorCode, String errorMessage, String errorDescription,
                      int httpStatus, String logId) implements OAuthOutcome {

        /** The human text: {@code error_message}, else {@code error_description}, else {@code error}. */
        public String message() {
            if (errorMessage != null && !errorMessage.isBlank()) {
                return errorMessage;
            }
            if (errorDescription != null && !errorDescription.isBlank()) {
                return errorDescription;
            }
            return error;
        }
    }

    /**
     * A business API answered {@code {code, msg, detail:{logid}}} with a non-zero code, whatever
     * the HTTP status (700012006 arrives with HTTP 200).
     */
    record BusinessError(long code, String msg, String logId, int httpStatus) implements OAuthOutcome {
        /** Authentication is invalid. */
        public static final long AUTH_INVALID = 4100;
        /** No permission for this API. */
        public static final long NO_PERMISSION = 4101;
        /** Blocked by risk control. */
        public static final long RISK_CONTROL = 4102;
        /** The access token is invalid. */
        public static final long ACCESS_TOKEN_INVALID = 700012006;

        /** Whether refreshing the token may help (4100 or 700012006). */
        public boolean tokenRejected() {
            return code == AUTH_INVALID || code == ACCESS_TOKEN_INVALID;
        }
    }

    /** No HTTP answer arrived. The message holds no secret; {@code causeClass} names the exception. */
    record NetworkFailure(Kind kind, String message, String causeClass) implements OAuthOutcome {
        /** Where the connection broke. */
        public enum Kind { DNS, REFUSED, TLS, TIMEOUT, PROXY, DROPPED, OTHER }
    }

    /**
     * An answer arrived but was not what the protocol says: an HTML page, malformed JSON, an
     * unexpected status, a missing field. {@code snippet} is the start of the body, redacted.
     */
    record ProtocolError(int httpStatus, Problem problem, String snippet, String logId)
            implements OAuthOutcome {
        /** What was wrong with the answer. */
        public enum Problem {
            HTML_PAGE, MALFORMED_JSON, EMPTY_BODY, MISSING_FIELD, RATE_LIMITED,
            SERVER_UNAVAILABLE, UNEXPECTED_STATUS
        }
    }

    /**
     * The refresh token is dead: only a new authorization helps. {@code evidence} is the answer
     * that proved it (an {@link OAuthError}), or {@code null} when there was nothing to send.
     */
    record ReauthorizationRequired(Reason reason, OAuthOutcome evidence) implements OAuthOutcome {
        /** Why the refresh token cannot be used. */
        public enum Reason { EXPIRED, REUSED, REVOKED, MISSING, UNKNOWN }
    }

    /** The caller cancelled (device polling, interrupted thread). */
    record Cancelled(String reason) implements OAuthOutcome {
    }

    /** The request could not be built from what the user supplied (bad PEM, non-numeric app id). */
    record InvalidInput(String field, String message) implements OAuthOutcome {
    }

    /**
     * New tokens arrived but could not be saved; they are held in memory and the save is retried
     * on the next refresh. Nothing was returned to callers.
     */
    record StorageFailure(String message, String causeClass) implements OAuthOutcome {
    }
}
