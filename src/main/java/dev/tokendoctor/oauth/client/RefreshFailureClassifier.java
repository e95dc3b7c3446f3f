package dev.tokendoctor.oauth.client;

import dev.tokendoctor.oauth.client.OAuthOutcome.OAuthError;
import dev.tokendoctor.oauth.client.OAuthOutcome.ReauthorizationRequired;
import dev.tokendoctor.oauth.client.OAuthOutcome.ReauthorizationRequired.Reason;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a failed refresh means the refresh token is dead (only a new authorization
 * helps) or something else (wrong secret, server trouble) that retrying or fixing config cures.
 * Coze's exact error for a reused refresh token is unverified, so the reason is read from the
 * wording and falls back to UNKNOWN.
 */
final class RefreshFailureClassifier {

    private static final Set<String> NOT_ABOUT_THE_TOKEN = Set.of(
            "invalid_client", "internal_error", "unsupported_grant_type", "slow_down",
            "authorization_pending");
    private static final Set<String> DEAD_TOKEN_ERRORS = Set.of(
            "invalid_grant", "expired_token", "access_deny", "access_denied", "invalid_token");

    private RefreshFailureClassifier() {
    }

    static OAuthOutcome classify(OAuthOutcome outcome) {
        if (!(outcome instanceof OAuthError)) {
            return outcome;
        }
        OAuthError error = (OAuthError) outcome;
        String code = lower(error.error());
        String text = (code + " " + lower(error.errorCode()) + " " + lower(error.errorMessage()) + " "
                + lower(error.errorDescription()));
        if (NOT_ABOUT_THE_TOKEN.contains(code) || error.httpStatus() >= 500) {
            return outcome;
        }
        boolean aboutRefresh = text.contains("refresh_token") || text.contains("refresh token");
        if (!DEAD_TOKEN_ERRORS.contains(code) && !aboutRefresh) {
            return outcome;
        }
        return new ReauthorizationRequired(reason(text), error);
    }

    private static Reason reason(String text) {
        if (text.contains("expire")) {
            return Reason.EXPIRED;
        }
        if (text.contains("reuse") || text.contains("used") || text.contains("rotat")) {
            return Reason.REUSED;
        }
        if (text.contains("revok") || text.contains("access_den") || text.contains("disabled")
                || text.contains("cancel")) {
            return Reason.REVOKED;
        }
        return Reason.UNKNOWN;
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
