package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.ui.common.Feedback;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Which token the Status screen follows, and whether the app's store holds it: the store as
 * loaded, an import, a clear, or a token found elsewhere while the store is empty. Following another
 * token hides a revealed one, drops an error about the previous one and gives the verdict at once.
 */
final class Following {

    private final ReadOnlyObjectWrapper<TokenSubject> subject = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper stored = new ReadOnlyBooleanWrapper(false);
    private final Reveal reveal = new Reveal(subject.getReadOnlyProperty());
    private final StoredTokens store;
    private final StatusVerdict verdict;
    private final Feedback feedback;
    private final StorageNotice storage;
    private final Runnable tick;

    Following(StoredTokens store, StatusVerdict verdict, Feedback feedback, StorageNotice storage, Runnable tick) {
        this.store = store;
        this.verdict = verdict;
        this.feedback = feedback;
        this.storage = storage;
        this.tick = tick;
        subject.set(TokenSubject.missing(storeSource()));
    }

    ReadOnlyObjectProperty<TokenSubject> subjectProperty() { return subject.getReadOnlyProperty(); }
    TokenSubject subject() { return subject.get(); }
    ReadOnlyBooleanProperty storedProperty() { return stored.getReadOnlyProperty(); }
    Reveal reveal() { return reveal; }

    /** Follows what the store holds, or says why it holds nothing readable (a quarantined file). */
    void loaded(StoredTokens.Loaded loaded) {
        storage.update();
        if (loaded instanceof StoredTokens.Found found) {
            stored.set(true);
            follow(new TokenSubject(found.parsed(), storeSource()));
        } else if (loaded instanceof StoredTokens.Quarantined q) {
            stored.set(false);
            follow(new TokenSubject(new ParseResult.Rejected(q.problem()), storeSource()));
            feedback.error(m -> m.get("error.quarantined", q.movedTo().toString(), m.format(q.problem().message())));
        } else {
            stored.set(false);
            follow(TokenSubject.missing(storeSource()));
        }
    }

    /** A token was imported into the store. */
    void imported(TokenSubject next) {
        stored.set(true);
        storage.update();
        follow(next);
    }

    /** The store was cleared. */
    void cleared() {
        stored.set(false);
        storage.update();
        follow(TokenSubject.missing(storeSource()));
    }

    /** A token found elsewhere: followed (not stored) only while the store holds none. */
    void followUnlessStored(TokenSubject next) {
        if (!stored.get()) {
            follow(next);
        }
    }

    /** The followed token's refresh token (the one a refresh now would spend), or null. */
    String refreshToken() {
        ParseResult.Parsed current = subject.get().parsed();
        return current == null ? null : current.record().refreshToken();
    }

    private Msg storeSource() {
        return Msg.of("source.store", store.store().file().toString());
    }

    private void follow(TokenSubject next) {
        reveal.hide();
        verdict.followed(() -> {
            subject.set(next);
            if (!feedback.errorProperty().get().isEmpty()) {
                feedback.clear();
            }
            tick.run();
        });
    }
}
