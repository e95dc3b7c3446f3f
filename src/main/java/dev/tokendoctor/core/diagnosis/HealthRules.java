package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.diagnosis.Evidence.HealthEvidence;
import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer;
import dev.tokendoctor.core.diagnosis.Evidence.PastedText;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.ParseWarning;
import dev.tokendoctor.core.token.TokenHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the stored token's health says, alone and next to what the server answered. */
final class HealthRules {

    private HealthRules() {
    }

    static List<Finding> findings(HealthEvidence evidence) {
        TokenHealth health = evidence.health();
        List<Finding> found = new ArrayList<>();
        for (ParseWarning w : evidence.warnings()) {
            if (w.code() == ParseWarning.Code.EXPIRY_FAR_FUTURE || w.code() == ParseWarning.Code.EXPIRES_IN_AS_DURATION) {
                found.add(Finding.of(FailureKind.EXPIRY_MISINTERPRETED, "parse warning " + w.code(), null));
                break;
            }
        }
        FailureKind kind = switch (health.state()) {
            case EXPIRED_REFRESHABLE -> FailureKind.ACCESS_TOKEN_EXPIRED;
            case EXPIRED_REAUTH_NEEDED -> reauthKind(health);
            case NOT_YET_VALID -> FailureKind.CLOCK_SKEW;
            default -> null;
        };
        if (kind != null) {
            found.add(Finding.of(kind, describe(health), null).withWords(health.reasons()));
        }
        return found;
    }

    /**
     * The stored record says the token is valid, yet Coze refused it: the web app computed the
     * expiry wrongly (the {@code now + expires_in} trap), the usual root cause of
     * "Token expired and refresh failed".
     */
    static void crossCheck(List<? extends Evidence> evidence, Map<FailureKind, Finding> findings) {
        Finding rejected = findings.get(FailureKind.ACCESS_TOKEN_EXPIRED);
        if (rejected == null || findings.containsKey(FailureKind.EXPIRY_MISINTERPRETED)) {
            return;
        }
        boolean fromServer = evidence.stream().anyMatch(e -> e instanceof PastedText || e instanceof HttpAnswer);
        for (Evidence e : evidence) {
            if (fromServer && e instanceof HealthEvidence h
                    && (h.health().state() == HealthState.VALID || h.health().state() == HealthState.EXPIRING_SOON)) {
                findings.put(FailureKind.EXPIRY_MISINTERPRETED, Finding.of(FailureKind.EXPIRY_MISINTERPRETED,
                        describe(h.health()) + " / " + rejected.evidence(), rejected.logId()));
                return;
            }
        }
    }

    private static FailureKind reauthKind(TokenHealth health) {
        for (Msg reason : health.reasons()) {
            switch (reason.key()) {
                case "health.reauth.jwtFlow":
                    return FailureKind.JWT_APP_TOKEN_EXPIRED;
                case "health.reauth.noRefresh":
                    return FailureKind.NO_REFRESH_TOKEN;
                case "health.reauth.refreshExpired":
                    return FailureKind.REFRESH_TOKEN_EXPIRED;
                default:
                    break;
            }
        }
        return FailureKind.ACCESS_TOKEN_EXPIRED;
    }

    private static String describe(TokenHealth health) {
        return "token health " + health.state() + " ("
                + String.join(", ", health.reasons().stream().map(Msg::key).toList()) + ")";
    }
}
