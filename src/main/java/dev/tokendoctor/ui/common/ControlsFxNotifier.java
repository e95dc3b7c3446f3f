package dev.tokendoctor.ui.common;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * ControlsFX notifications in the corner of the screen. They are owned by the main window's
 * screen, not its focus, so they appear while the window is behind others.
 */
public final class ControlsFxNotifier implements Notifier {

    private final Supplier<Window> owner;

    public ControlsFxNotifier(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void notify(Severity severity, String title, String text) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            return;
        }
        Notifications n = Notifications.create()
                .owner(window)
                .title(title)
                .text(text)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(severity == Severity.INFO ? 6 : 15));
        switch (severity) {
            case INFO -> n.showInformation();
            case WARNING -> n.showWarning();
            case ERROR -> n.showError();
        }
    }
}
