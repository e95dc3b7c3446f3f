package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.RefreshVerdict;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.oauth.refresh.AutomaticRefresh;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The followed token's verdict at the clock's instant, in words, with the card's one action and
 * the expiry notifications. Recomputed from values only (no I/O, no locks): the tick calls it.
 * The words are published only when they change and the countdown on its own, so a tick that
 * changes only the countdown reaches only what shows the countdown. The words are not even worked
 * out again while nothing they depend on can have changed (StatusPresenter.wordsValidUntil): for a
 * token a day from expiry that is once a minute instead of every second, and the code the JIT keeps
 * compiling minutes after the start is mostly that code.
 */
final class StatusVerdict {

    private final Supplier<HealthEvaluator> evaluator;
    private final Clock clock;
    private final ExpiryNotifications notifications;
    private final ReadOnlyObjectWrapper<TokenHealth> health = new ReadOnlyObjectWrapper<>();
    /** The health's state alone: an object property tells its listeners only when the value differs (enum: identity). */
    private final ReadOnlyObjectWrapper<HealthState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StatusText> text = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> countdown = new ReadOnlyObjectWrapper<>(StatusPresenter.NO_COUNTDOWN);
    private final ReadOnlyObjectWrapper<CardAction> cardAction = new ReadOnlyObjectWrapper<>(CardAction.SIGN_IN);
    /** What the words were made from (any difference makes new words), and until when they hold. */
    private MadeFrom madeFrom;
    private Instant wordsHoldUntil = Instant.MIN;

    private record MadeFrom(TokenSubject subject, HealthState state, RefreshVerdict refused, Duration skew,
                            AutomaticRefresh automatic, Messages messages) {
    }

    StatusVerdict(Supplier<HealthEvaluator> evaluator, Clock clock, ExpiryNotifications notifications) {
        this.evaluator = evaluator;
        this.clock = clock;
        this.notifications = notifications;
    }

    ReadOnlyObjectProperty<TokenHealth> healthProperty() { return health.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<HealthState> stateProperty() { return state.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<StatusText> textProperty() { return text.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<String> countdownProperty() { return countdown.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<CardAction> cardActionProperty() { return cardAction.getReadOnlyProperty(); }

    void update(TokenSubject s, RefreshVerdict refused, TokenActions actions, Messages messages, boolean notify) {
        TokenHealth h = s.parsed() != null
                ? evaluator.get().evaluate(s.parsed().record(), clock.instant(), refused)
                : evaluator.get().evaluate(s.result(), clock.instant());
        health.set(h);
        state.set(h.state());
        StatusPresenter presenter = new StatusPresenter(messages, clock.getZone());
        Duration skew = actions.lastClockSkew().orElse(null);
        AutomaticRefresh automatic = actions.automaticRefresh();
        MadeFrom from = new MadeFrom(s, h.state(), refused, skew, automatic, messages);
        if (!from.equals(madeFrom) || !h.at().isBefore(wordsHoldUntil)) {
            StatusText words = presenter.present(s, h, skew, automatic, refused);
            if (!words.equals(text.get())) {
                text.set(words);
            }
            madeFrom = from;
            wordsHoldUntil = StatusPresenter.wordsValidUntil(s, h, automatic);
        }
        countdown.set(presenter.countdown(h)); // a String property tells its listeners only when the text differs
        cardAction.set(CardAction.fitting(h.state(), s.parsed() != null && actions.canRefresh(s.parsed().record())));
        notifications.observe(h.state(), text.get(), notify, messages);
    }

    /** A new token is followed: no notification for the state it starts in. */
    void followed(Runnable update) {
        notifications.forget();
        update.run();
        notifications.baseline(health.get().state());
    }

    /** The status as plain text for a ticket (fingerprints only). */
    String ticketText(Messages messages) {
        return new StatusPresenter(messages, clock.getZone()).ticketText(text.get(), countdown.get(), clock.instant(), messages.get("app.version"));
    }
}
