package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.token.ParseResult;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "Reveal" on the Status screen: the followed access token in full, on request only, and hidden
 * again whenever another token is followed, so a revealed token never stays on screen unasked.
 */
final class Reveal {

    private final ReadOnlyObjectProperty<TokenSubject> subject;
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper access = new ReadOnlyStringWrapper("");

    Reveal(ReadOnlyObjectProperty<TokenSubject> subject) {
        this.subject = subject;
        revealed.addListener((o, was, now) -> access.set(now ? accessToken() : ""));
    }

    BooleanProperty revealedProperty() { return revealed; }
    ReadOnlyStringProperty accessProperty() { return access.getReadOnlyProperty(); }
    BooleanBinding possible() { return Bindings.createBooleanBinding(() -> subject.get().parsed() != null, subject); }

    void hide() {
        revealed.set(false);
    }

    private String accessToken() {
        ParseResult.Parsed p = subject.get().parsed();
        return p == null ? "" : p.record().accessToken();
    }
}
