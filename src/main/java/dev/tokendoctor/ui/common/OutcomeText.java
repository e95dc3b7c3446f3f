package dev.tokendoctor.ui.common;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.oauth.client.OAuthOutcome;

/** An OAuth outcome as one sentence in the user's language, with the Coze logid when there is one. */
public final class OutcomeText {

    public static String of(OAuthOutcome outcome, Messages m) {
        if (outcome instanceof OAuthOutcome.Success) {
            return m.get("outcome.success");
        } else if (outcome instanceof OAuthOutcome.OAuthError e) {
            String text = e.errorMessage() != null ? e.errorMessage() : e.errorDescription() != null ? e.errorDescription() : "";
            return m.get("outcome.oauthError", e.httpStatus(), nz(e.error()), nz(e.errorCode()), text) + logid(e.logId(), m);
        } else if (outcome instanceof OAuthOutcome.BusinessError e) {
            return m.get("outcome.businessError", String.valueOf(e.code()), nz(e.msg()), e.httpStatus()) + logid(e.logId(), m);
        } else if (outcome instanceof OAuthOutcome.NetworkFailure e) {
            return m.get("outcome.network." + e.kind().name(), nz(e.message()));
        } else if (outcome instanceof OAuthOutcome.ProtocolError e) {
            return m.get("outcome.protocol." + e.problem().name(), e.httpStatus()) + logid(e.logId(), m);
        } else if (outcome instanceof OAuthOutcome.ReauthorizationRequired e) {
            return m.get("outcome.reauth." + e.reason().name());
        } else if (outcome instanceof OAuthOutcome.Cancelled) {
            return m.get("outcome.cancelled");
        } else if (outcome instanceof OAuthOutcome.InvalidInput e) {
            return m.get("outcome.invalidInput", nz(e.field()), nz(e.message()));
        } else if (outcome instanceof OAuthOutcome.StorageFailure e) {
            return m.get("outcome.storage", nz(e.message()));
        }
        return m.get("outcome.other", outcome.getClass().getSimpleName());
    }

    private static String logid(String logId, Messages m) {
        return logId == null || logId.isBlank() ? "" : " " + m.get("outcome.logid", logId);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private OutcomeText() {
    }
}
