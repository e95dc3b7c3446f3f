package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.RefreshVerdict;
import dev.tokendoctor.core.token.TokenHealth;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The followed token's verdict at the clock's instant, in words, with the card's one action and
 * the expiry notifications. Recomputed from values only (no I/O, no locks): the tick calls it.
 * The words are published only when they change and the countdown on its own, so a tick that
 * changes only the countdown reaches only what shows the countdown.
 */
final class StatusVerdict {

    private final Supplier<HealthEvaluator> evaluator;
    private final Clock clock;
    private final ExpiryNotifications notifications;
    private final ReadOnlyObjectWrapper<TokenHealth> health = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StatusText> text = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> countdown = new ReadOnlyObjectWrapper<>("--:--:--");
    private final ReadOnlyObjectWrapper<CardAction> cardAction = new ReadOnlyObjectWrapper<>(CardAction.SIGN_IN);

    StatusVerdict(Supplier<HealthEvaluator> evaluator, Clock clock, ExpiryNotifications notifications) {
        this.evaluator = evaluator;
        this.clock = clock;
        this.notifications = notifications;
    }

    ReadOnlyObjectProperty<TokenHealth> healthProperty() { return health.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<StatusText> textProperty() { return text.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<String> countdownProperty() { return countdown.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<CardAction> cardActionProperty() { return cardAction.getReadOnlyProperty(); }

    void update(TokenSubject s, RefreshVerdict refused, TokenActions actions, Messages messages, boolean notify) {
        TokenHealth h = s.parsed() != null
                ? evaluator.get().evaluate(s.parsed().record(), clock.instant(), refused)
                : evaluator.get().evaluate(s.result(), clock.instant());
        health.set(h);
        StatusPresenter presenter = new StatusPresenter(messages, clock.getZone());
        StatusText words = presenter.present(s, h, actions.lastClockSkew().orElse(null), actions.automaticRefresh(), refused);
        if (!words.equals(text.get())) {
            text.set(words);
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
