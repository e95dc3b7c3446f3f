package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.ui.common.Notifier;

/**
 * Pops a notification when the followed token enters EXPIRING_SOON and when it expires — once
 * per transition, and never for a token that was already in that state when it was loaded.
 */
final class ExpiryNotifications {

    private final Notifier notifier;
    private HealthState last;

    ExpiryNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    /** A new token is followed: its current state is the baseline, not a transition. */
    void baseline(HealthState state) {
        last = state;
    }

    void forget() {
        last = null;
    }

    void observe(HealthState state, StatusText text, boolean enabled, Messages messages) {
        if (last == null || state == last) {
            return;
        }
        HealthState before = last;
        last = state;
        if (!enabled) {
            return;
        }
        if (state == HealthState.EXPIRING_SOON && before == HealthState.VALID) {
            notifier.notify(Notifier.Severity.WARNING, messages.get("notify.expiringSoon.title"), text.reasons().get(0));
        } else if (state.expired() && !before.expired()) {
            notifier.notify(Notifier.Severity.ERROR, messages.get("notify.expired.title"), String.join(" ", text.reasons()));
        }
    }
}
