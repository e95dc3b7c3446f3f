package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.core.token.ParseWarning;
import dev.tokendoctor.core.token.TokenHealth;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the {@link Diagnoser} reasons from. These types live in the core so that the OAuth layer
 * can adapt its outcomes to them without the core depending on it.
 */
public sealed interface Evidence {

    /** Text a person pasted: a console line, an error JSON, an SDK exception, an HTTP log. */
    record PastedText(String text) implements Evidence {
        /** Never the text itself: it may hold tokens. */
        @Override
        public String toString() {
            return "PastedText[" + (text == null ? "null" : Fingerprint.text(text)) + "]";
        }
    }

    /**
     * An answer from Coze, already read: the OAuth fields {@code error}, {@code error_code},
     * {@code error_message} (or {@code error_description}) and/or the business {@code code}/{@code msg}.
     *
     * @param call          which request it answered
     * @param status        the HTTP status, 0 if unknown
     * @param error         {@code error}, or null
     * @param errorCode     {@code error_code}, or null
     * @param message       {@code error_message}, {@code error_description} or {@code msg}, or null
     * @param businessCode  the business {@code code} (non-zero is a failure), or null
     * @param logId         the {@code X-Tt-Logid} header or {@code detail.logid}, or null
     */
    record HttpAnswer(Call call, int status, String error, String errorCode, String message,
                      Integer businessCode, String logId) implements Evidence {
        public HttpAnswer {
            call = call == null ? Call.UNKNOWN : call;
        }

        /** An answer to a request of unknown purpose. */
        public HttpAnswer(int status, String error, String errorCode, String message, Integer businessCode, String logId) {
            this(Call.UNKNOWN, status, error, errorCode, message, businessCode, logId);
        }

        /** Which request an answer belongs to: the same words mean different things for each. */
        public enum Call { AUTHORIZE, TOKEN_CODE, TOKEN_REFRESH, TOKEN_JWT, TOKEN_DEVICE, API, UNKNOWN }
    }

    /**
     * No HTTP answer arrived.
     *
     * @param kind   where the connection broke
     * @param detail a sentence naming host and cause, without secrets
     */
    record NetworkProblem(Kind kind, String detail) implements Evidence {
        public NetworkProblem {
            Objects.requireNonNull(kind, "kind");
        }

        /** Where the connection broke. */
        public enum Kind { DNS, REFUSED, TLS, TIMEOUT, PROXY, DROPPED, OTHER }
    }

    /** The verdict on the stored token, and the parser's warnings about how it was read. */
    record HealthEvidence(TokenHealth health, List<ParseWarning> warnings) implements Evidence {
        public HealthEvidence {
            Objects.requireNonNull(health, "health");
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    /**
     * The local clock minus the server's (from a {@code Date} header): positive when the local
     * clock is ahead.
     */
    record ClockOffset(Duration offset) implements Evidence {
        public ClockOffset {
            Objects.requireNonNull(offset, "offset");
        }
    }

    /** The result of checking a web project's {@code .env} files. */
    record ConfigFindings(ConfigReport report) implements Evidence {
        public ConfigFindings {
            Objects.requireNonNull(report, "report");
        }
    }
}
