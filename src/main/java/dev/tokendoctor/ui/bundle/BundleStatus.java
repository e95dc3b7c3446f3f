package dev.tokendoctor.ui.bundle;

import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.ui.status.StatusFacts;
import dev.tokendoctor.ui.status.StatusText;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The status card's facts as a bundle recorded them: the verdict and its words at the bundle's
 * time, never re-evaluated (it is not this machine's token, and that moment has passed).
 */
public final class BundleStatus implements StatusFacts {

    private final ReadOnlyObjectWrapper<TokenHealth> health = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<HealthState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StatusText> text = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> countdown = new ReadOnlyObjectWrapper<>("");

    /** The verdict the bundle recorded. */
    public ReadOnlyObjectProperty<TokenHealth> healthProperty() {
        return health.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<HealthState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<StatusText> textProperty() {
        return text.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<String> countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    void show(TokenHealth verdict, StatusText words, String countdownThen) {
        health.set(verdict);
        state.set(verdict == null ? null : verdict.state());
        text.set(words);
        countdown.set(countdownThen == null ? "" : countdownThen);
    }
}
