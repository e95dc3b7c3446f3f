package dev.tokendoctor.ui.wizard;

import dev.tokendoctor.ui.common.TokenChoice;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Detect step's other choices: tokens the app found in browser profiles and its WebView.
 * Using one makes it the token the Status screen (and so the wizard) follows.
 */
public final class TokenPicker {

    private final ObservableList<TokenChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<TokenChoice> selected = new SimpleObjectProperty<>();
    private Consumer<TokenChoice> use = c -> { };

    /** Offers {@code found} (kept in step with it) and hands a chosen token to {@code useIt}. */
    public void connect(ObservableList<TokenChoice> found, Consumer<TokenChoice> useIt) {
        Bindings.bindContent(choices, found);
        this.use = useIt;
    }

    public ObservableList<TokenChoice> choices() {
        return choices;
    }

    /** Writable: the choice the user highlighted. */
    public ObjectProperty<TokenChoice> selectedProperty() {
        return selected;
    }

    public BooleanBinding canUse() {
        return selected.isNotNull();
    }

    public BooleanBinding empty() {
        return Bindings.isEmpty(choices);
    }

    public void useSelected() {
        if (selected.get() != null) {
            use.accept(selected.get());
        }
    }
}
