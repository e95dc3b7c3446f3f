package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.token.HealthState;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the status card shows, read-only: the verdict and its words. The Status screen's view model
 * gives them live; the support-bundle viewer gives a bundle's, as they were on the user's machine.
 */
public interface StatusFacts {

    /**
     * The verdict's state (null before the first): it picks the badge's colour and glyph and whether
     * the action card shows. It changes only when the state does, not with every second's health.
     */
    ReadOnlyObjectProperty<HealthState> stateProperty();

    /** Every text of the card but the countdown, in one language. */
    ReadOnlyObjectProperty<StatusText> textProperty();

    /** The countdown ("23:59:59", "--:--:--"): live, the only text that changes every second. */
    ReadOnlyObjectProperty<String> countdownProperty();
}
