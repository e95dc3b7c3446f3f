package dev.tokendoctor.oauth.client;

import dev.tokendoctor.core.diagnosis.Evidence;
import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer.Call;
import dev.tokendoctor.core.diagnosis.Evidence.NetworkProblem;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Adapts what the client returned to what the {@code core.diagnosis.Diagnoser} reasons from. An
 * outcome that proves nothing wrong (a success, a cancel, input the user has not finished) gives
 * no evidence; a refused refresh token gives the answer that proved it, marked as a refresh.
 */
public final class DiagnosisEvidence {

    private DiagnosisEvidence() {
    }

    /**
     * The evidence in an outcome.
     *
     * @param outcome what a call came to
     * @param call    which request it was: the same words mean different things for each
     */
    public static List<Evidence> of(OAuthOutcome outcome, Call call) {
        if (outcome instanceof OAuthOutcome.OAuthError e) {
            return List.of(new Evidence.HttpAnswer(call, e.httpStatus(), e.error(), e.errorCode(), e.message(), null, e.logId()));
        }
        if (outcome instanceof OAuthOutcome.BusinessError e) {
            Integer code = e.code() >= Integer.MIN_VALUE && e.code() <= Integer.MAX_VALUE ? (int) e.code() : null;
            return List.of(new Evidence.HttpAnswer(call, e.httpStatus(), null, null, e.msg(), code, e.logId()));
        }
        if (outcome instanceof OAuthOutcome.NetworkFailure e) {
            return List.of(new NetworkProblem(NetworkProblem.Kind.valueOf(e.kind().name()), e.message()));
        }
        if (outcome instanceof OAuthOutcome.ProtocolError e) {
            String what = e.problem() + (e.snippet() == null || e.snippet().isBlank() ? "" : ": " + e.snippet());
            return List.of(new Evidence.HttpAnswer(call, statusOf(e), null, null, what, null, e.logId()));
        }
        if (outcome instanceof OAuthOutcome.ReauthorizationRequired e && e.evidence() != null) {
            return of(e.evidence(), call == Call.UNKNOWN ? Call.TOKEN_REFRESH : call);
        }
        return List.of();
    }

    /** The evidence in the result of a refresh. */
    public static List<Evidence> ofRefresh(OAuthOutcome outcome) {
        return of(outcome, Call.TOKEN_REFRESH);
    }

    /** The evidence in the result of the {@code /v1/users/me} probe. */
    public static List<Evidence> ofProbe(OAuthOutcome outcome) {
        return of(outcome, Call.API);
    }

    /**
     * The clock evidence from a measured skew ({@link CozeOAuthClient#lastClockSkew()}: server
     * minus local); the diagnosis wants local minus server.
     */
    public static Optional<Evidence> clockOffset(Optional<Duration> serverMinusLocal) {
        return serverMinusLocal.map(skew -> new Evidence.ClockOffset(skew.negated()));
    }

    /** A protocol error without a status of its own gets the status its problem implies. */
    private static int statusOf(OAuthOutcome.ProtocolError e) {
        if (e.httpStatus() > 0) {
            return e.httpStatus();
        }
        return switch (e.problem()) {
            case RATE_LIMITED -> 429;
            case SERVER_UNAVAILABLE -> 503;
            default -> 0;
        };
    }
}
