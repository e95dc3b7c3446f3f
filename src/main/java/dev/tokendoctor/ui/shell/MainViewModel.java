package dev.tokendoctor.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The shell: which page is shown, and a window title that carries the verdict to the taskbar.
 * The title comes in as a value: the shell meets the screens only through what app/ hands it.
 */
public final class MainViewModel {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.STATUS);
    private final ObservableValue<String> windowTitle;

    public MainViewModel(ObservableValue<String> windowTitle) {
        this.windowTitle = windowTitle;
    }

    /** Writable: the user picks the page. */
    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ObservableValue<String> windowTitle() {
        return windowTitle;
    }
}
