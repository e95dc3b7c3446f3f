package dev.tokendoctor.ui.shell;

import dev.tokendoctor.ui.status.StatusText;
import dev.tokendoctor.ui.status.TokenStatusViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The shell: which page is shown, and a window title that carries the verdict to the taskbar. */
public final class MainViewModel {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.STATUS);
    private final StringBinding windowTitle;

    public MainViewModel(TokenStatusViewModel status) {
        windowTitle = Bindings.createStringBinding(() -> {
            StatusText t = status.text();
            String app = status.messages().get("app.title");
            return t == null ? app : app + " — " + t.stateName() + " " + t.countdown();
        }, status.textProperty());
    }

    /** Writable: the user picks the page. */
    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public StringBinding windowTitle() {
        return windowTitle;
    }
}
