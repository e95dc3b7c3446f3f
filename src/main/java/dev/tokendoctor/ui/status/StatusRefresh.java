package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.RefreshVerdict;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.Grants;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.ui.common.BackgroundTasks;
import dev.tokendoctor.ui.common.Feedback;
import dev.tokendoctor.ui.common.OutcomeText;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Status screen's refreshing: running a refresh (Refresh now, or at once for an expired token at
 * load) and taking its outcome or the automatic refresher's, and what it learns: the last outcome,
 * Coze's verdict on the refresh token (it overrides the 30-day countdown), and which expired tokens
 * were already tried at once.
 */
final class StatusRefresh {

    private final ReadOnlyObjectWrapper<OAuthOutcome> last = new ReadOnlyObjectWrapper<>();
    private final Set<Fingerprint> triedAtOnce = new HashSet<>();
    private RefreshVerdict verdict;
    private final Feedback feedback;
    private final StatusUndo undo;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> failed;
    private final Runnable reload;
    private final Runnable tick;

    /** {@code reload} reads the store again after new tokens; {@code tick} shows a verdict Coze changed. */
    StatusRefresh(Feedback feedback, StatusUndo undo, BackgroundTasks tasks, Consumer<Throwable> failed, Runnable reload, Runnable tick) {
        this.feedback = feedback;
        this.undo = undo;
        this.tasks = tasks;
        this.failed = failed;
        this.reload = reload;
        this.tick = tick;
    }

    /** Runs {@code call} in the background, saying so at the toolbar; {@code refreshToken} is the one it spends. */
    void start(Callable<OAuthOutcome> call, String refreshToken, String infoKey, String errorKey) {
        feedback.at(Feedback.Place.TOOLBAR);
        feedback.info(m -> m.get(infoKey));
        tasks.run(call, outcome -> done(outcome, refreshToken, errorKey), failed);
    }

    /** Follows the new tokens, or keeps what Coze's refusal proved (the verdict) and says why. */
    void done(OAuthOutcome outcome, String refreshToken, String errorKey) {
        if (outcome instanceof OAuthOutcome.Success || outcome instanceof OAuthOutcome.ReauthorizationRequired) {
            undo.spent(refreshToken); // rotated away or refused: an undo must not bring it back unasked
        }
        if (record(outcome, refreshToken)) {
            reload.run();
            if (errorKey.equals("error.autoRefresh")) {
                if (!feedback.infoProperty().get().isEmpty()) {
                    feedback.clear();
                }
            } else {
                feedback.info(m -> m.get("info.refreshed"));
            }
            return;
        }
        feedback.error(m -> m.get(errorKey, OutcomeText.of(outcome, m)));
        tick.run();
    }

    ReadOnlyObjectProperty<OAuthOutcome> lastProperty() { return last.getReadOnlyProperty(); }

    /** Coze's refusal of a refresh token, if one is known (it names the token by fingerprint). */
    RefreshVerdict verdict() {
        return verdict;
    }

    /** Remembers {@code outcome} of refreshing with {@code refreshToken}; true when it succeeded. */
    private boolean record(OAuthOutcome outcome, String refreshToken) {
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
