package dev.tokendoctor.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;

/**
 * The last step of "re-authorize and return": when the web app's page is open in the app's own
 * WebView (a store the app may write), put the new tokens into its {@code coze_oauth_tokens}
 * (the Web app view backs the old value up and asks first).
 */
public final class PageWriteBack {

    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper("");
    private Runnable write = () -> { };

    /** {@code liveOrigin}: the origin of the page open in the WebView, empty when none. */
    public void connect(ObservableStringValue liveOrigin, Runnable writeTokens) {
        origin.bind(liveOrigin);
        this.write = writeTokens;
    }

    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    public BooleanBinding available() {
        return Bindings.createBooleanBinding(() -> origin.get() != null && !origin.get().isEmpty(), origin);
    }

    public void writeTokens() {
        write.run();
    }
}
