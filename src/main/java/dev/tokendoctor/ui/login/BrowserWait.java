package dev.tokendoctor.ui.login;

import dev.tokendoctor.ui.common.ClipboardService;
import dev.tokendoctor.ui.common.PageProbe;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Open in my browser" while it waits: the address the browser was sent to (shown without its
 * query, copied whole for a person to paste by hand) and the moment the app stops waiting.
 */
final class BrowserWait {

    /** How long the app waits for the browser to come back. */
    static final Duration LIMIT = Duration.ofMinutes(5);

    private final Clock clock;
    private final ClipboardService clipboard;
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");
    private String url = "";
    private Instant deadline;

    BrowserWait(Clock clock, ClipboardService clipboard) {
        this.clock = clock;
        this.clipboard = clipboard;
    }

    ReadOnlyStringProperty addressProperty() {
        return shown.getReadOnlyProperty();
    }

    void start(URI address) {
        url = address.toString();
        shown.set(PageProbe.where(url) + "?…");
        deadline = clock.instant().plus(LIMIT);
    }

    boolean waiting() {
        return deadline != null;
    }

    /** Copies the whole address; false when there is none. */
    boolean copy() {
        if (url.isEmpty()) {
            return false;
        }
        clipboard.putText(url);
        return true;
    }

    boolean overdue() {
        return deadline != null && !clock.instant().isBefore(deadline);
    }

    void stop() {
        deadline = null;
        url = "";
        shown.set("");
    }
}
