package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.RefreshVerdict;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.Grants;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the Status screen knows from refreshing: the last outcome, Coze's verdict on the refresh
 * token (it overrides the 30-day countdown), and which expired tokens were already tried at once.
 */
final class StatusRefresh {

    private final ReadOnlyObjectWrapper<OAuthOutcome> last = new ReadOnlyObjectWrapper<>();
    private final Set<Fingerprint> triedAtOnce = new HashSet<>();
    private RefreshVerdict verdict;

    ReadOnlyObjectProperty<OAuthOutcome> lastProperty() { return last.getReadOnlyProperty(); }

    /** Coze's refusal of a refresh token, if one is known (it names the token by fingerprint). */
    RefreshVerdict verdict() {
        return verdict;
    }

    /** Remembers {@code outcome} of refreshing with {@code refreshToken}; true when it succeeded. */
    boolean record(OAuthOutcome outcome, String refreshToken) {
        last.set(outcome);
        if (outcome instanceof OAuthOutcome.Success) {
            verdict = null;
            return true;
        }
        Grants.verdictOf(outcome, refreshToken).ifPresent(v -> verdict = v);
        return false;
    }

    /**
     * Whether the followed token is the app's own, expired, and refreshable, and the app refreshes by
     * itself (Settings): then it tries the refresh at once, as the running app would, so the first
     * verdict shown is the real one. Once per refresh token: a refusal is not asked for again.
     */
    boolean tryAtOnce(TokenHealth health, TokenRecord record, TokenActions actions) {
        if (health.state() != HealthState.EXPIRED_REFRESHABLE || !actions.refreshesByItself() || !actions.canRefresh(record)) {
            return false;
        }
        return triedAtOnce.add(record.hasRefreshToken() ? record.refreshFingerprint() : record.accessFingerprint());
    }
}
