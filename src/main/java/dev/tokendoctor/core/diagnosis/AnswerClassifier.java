package dev.tokendoctor.core.diagnosis;

import static dev.tokendoctor.core.diagnosis.FailureKind.*;

import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer;
import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer.Call;
import java.util.Locale;

/**
 * Classifies one Coze answer. The business {@code code} decides first (700012006 arrives with
 * HTTP 200), then the words of the message, then the OAuth {@code error}, then the HTTP status.
 */
final class AnswerClassifier {

    private AnswerClassifier() {
    }

    /** The kind, or null for an answer that is not a failure. */
    static FailureKind classify(HttpAnswer a) {
        if (a.businessCode() != null && a.businessCode() != 0) {
            FailureKind byCode = byBusinessCode(a.businessCode(), a.call());
            if (byCode != null) {
                return byCode;
            }
        }
        String error = lower(a.error());
        String message = lower(a.message());
        String words = error + " " + lower(a.errorCode()) + " " + message;
        FailureKind byWords = TextRules.match(words).stream()
                .filter(h -> !h.generic()).map(TextRules.Hit::kind).findFirst().orElse(null);
        if (byWords != null) {
            return byWords;
        }
        if (a.call() == Call.TOKEN_REFRESH && (error.startsWith("invalid") || a.status() == 401)) {
            return message.contains("expire") ? REFRESH_TOKEN_EXPIRED : REFRESH_TOKEN_INVALID;
        }
        if (a.call() == Call.TOKEN_JWT && message.contains("expire")) {
            return JWT_APP_TOKEN_EXPIRED;
        }
        FailureKind byError = byError(error, a.call());
        if (byError != null) {
            return byError;
        }
        return byStatus(a.status(), a.call(), message);
    }

    private static FailureKind byBusinessCode(int code, Call call) {
        return switch (code) {
            case 4100, 700012006 -> call == Call.TOKEN_JWT ? JWT_APP_TOKEN_EXPIRED : ACCESS_TOKEN_EXPIRED;
            case 4101 -> PERMISSION_MISSING;
            case 4102 -> RISK_CONTROL;
            default -> null;
        };
    }

    private static FailureKind byError(String error, Call call) {
        return switch (error) {
            case "invalid_client" -> INVALID_CLIENT;
            case "access_deny", "unsupported_grant_type" -> APP_DISABLED_OR_WRONG_TYPE;
            case "access_denied" -> CONSENT_DENIED;
            case "internal_error", "server_error" -> SERVER_ERROR;
            case "temporarily_unavailable" -> SERVER_ERROR;
            case "invalid_grant" -> call == Call.TOKEN_CODE ? null : REFRESH_TOKEN_INVALID;
            case "invalid_request" -> call == Call.TOKEN_JWT ? JWT_REJECTED : null;
            default -> null;
        };
    }

    private static FailureKind byStatus(int status, Call call, String message) {
        if (status == 429) {
            return RATE_LIMITED;
        }
        if (status == 407) {
            return PROXY_FAILURE;
        }
        if (status == 504) {
            return TIMEOUT;
        }
        if (status >= 500 && status < 600) {
            return SERVER_ERROR;
        }
        if (status == 401) {
            return switch (call) {
                case TOKEN_CODE, TOKEN_DEVICE -> INVALID_CLIENT;
                case TOKEN_JWT -> message.contains("expire") ? JWT_APP_TOKEN_EXPIRED : JWT_REJECTED;
                default -> ACCESS_TOKEN_EXPIRED;
            };
        }
        return null;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).trim();
    }
}
