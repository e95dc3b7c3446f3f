package dev.tokendoctor.core.diagnosis;

import static dev.tokendoctor.core.diagnosis.FailureKind.*;

import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer;
import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer.Call;
import dev.tokendoctor.core.diagnosis.TextRules.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The signals in one Coze answer: the business {@code code} (decisive: 700012006 arrives with
 * HTTP 200), an OAuth {@code error} only one failure has, and the HTTP status read for the
 * endpoint that answered (a 401 from the token endpoint is a bad client, not an expired token).
 */
final class AnswerClassifier {

    /** A business code or a one-meaning OAuth error: as sure as text gets. */
    static final int CODE = 100;

    private AnswerClassifier() {
    }

    /** The kind one answer shows on its own (its words, code, error and status), or null. */
    static FailureKind classify(HttpAnswer a) {
        List<Hit> hits = new ArrayList<>(signals(a, a.call()));
        String words = lower(a.error()) + " " + lower(a.errorCode()) + " " + lower(a.message());
        hits.addAll(TextRules.match(words));
        return Scores.of(hits, FlowContext.of(a.call(), words)).best();
    }

    /** The answer's code, error and status as weighted signals. */
    static List<Hit> signals(HttpAnswer a, Call call) {
        List<Hit> hits = new ArrayList<>();
        if (a.businessCode() != null && a.businessCode() != 0) {
            FailureKind byCode = byBusinessCode(a.businessCode(), call);
            if (byCode != null) {
                hits.add(new Hit(byCode, CODE, -1, -1));
            }
        }
        FailureKind byError = byError(lower(a.error()));
        if (byError != null) {
            hits.add(new Hit(byError, TextRules.EXACT, -1, -1));
        }
        // The generic OAuth errors name the grant's own credential: the refresh token, the JWT.
        String error = lower(a.error());
        if (call == Call.TOKEN_REFRESH && error.startsWith("invalid_")) {
            hits.add(new Hit(error.equals("invalid_client") ? INVALID_CLIENT : REFRESH_TOKEN_INVALID, TextRules.HINT + 5, -1, -1));
        } else if (call == Call.TOKEN_JWT && error.startsWith("invalid_")) {
            hits.add(new Hit(JWT_REJECTED, TextRules.HINT + 5, -1, -1));
        }
        Hit byStatus = byStatus(a.status(), call);
        if (byStatus != null) {
            hits.add(byStatus);
        }
        return hits;
    }

    private static FailureKind byBusinessCode(int code, Call call) {
        return switch (code) {
            case 4100, 700012006 -> call == Call.TOKEN_JWT ? JWT_APP_TOKEN_EXPIRED : ACCESS_TOKEN_EXPIRED;
            case 4101 -> PERMISSION_MISSING;
            case 4102, 700012014 -> RISK_CONTROL;
            case 4000 -> PARAMETER_ERROR;
            case 4200 -> RESOURCE_NOT_FOUND;
            case 4013 -> RATE_LIMITED;
            case 5000 -> SERVER_ERROR;
            default -> null;
        };
    }

    private static FailureKind byError(String error) {
        return switch (error) {
            case "access_deny", "unsupported_grant_type" -> APP_DISABLED_OR_WRONG_TYPE;
            case "access_denied" -> CONSENT_DENIED;
            case "internal_error", "server_error", "temporarily_unavailable" -> SERVER_ERROR;
            case "expired_token" -> DEVICE_CODE_EXPIRED;
            case "authorization_pending", "slow_down" -> DEVICE_POLLING;
            case "too_many_requests" -> RATE_LIMITED;
            default -> null;
        };
    }

    private static Hit byStatus(int status, Call call) {
        FailureKind kind;
        int weight = TextRules.HINT;
        switch (status) {
            case 401 -> {
                kind = switch (call) {
                    case TOKEN_CODE, TOKEN_DEVICE -> INVALID_CLIENT;
                    case TOKEN_JWT -> JWT_REJECTED;
                    case TOKEN_REFRESH -> REFRESH_TOKEN_INVALID;
                    default -> ACCESS_TOKEN_EXPIRED;
                };
                weight = call == Call.UNKNOWN || call == Call.API ? TextRules.GENERIC : TextRules.HINT;
            }
            case 400 -> {
                kind = call == Call.API ? PARAMETER_ERROR : null;
                weight = TextRules.GENERIC;
            }
            case 403 -> kind = PERMISSION_MISSING;
            case 404 -> kind = call == Call.API || call == Call.UNKNOWN ? RESOURCE_NOT_FOUND : null;
            case 407 -> {
                kind = PROXY_FAILURE;
                weight = TextRules.NAMED;
            }
            case 408, 504 -> kind = TIMEOUT;
            case 429 -> {
                kind = RATE_LIMITED;
                weight = TextRules.NAMED;
            }
            default -> {
                kind = status >= 500 && status < 600 ? SERVER_ERROR : null;
                weight = status == 500 ? TextRules.GENERIC : TextRules.HINT; // @coze/api says 500 for every network failure
            }
        }
        return kind == null ? null : new Hit(kind, weight, -1, -1);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).trim();
    }
}
