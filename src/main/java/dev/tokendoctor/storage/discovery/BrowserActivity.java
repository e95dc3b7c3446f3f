package dev.tokendoctor.storage.discovery;

import dev.tokendoctor.core.i18n.Msg;
import java.util.List;

/**
 * Whether a browser seems to be running on a profile, and why the app thinks so: the UI uses it
 * to explain that the browser's store is only read, and that changes belong in the browser.
 */
public record BrowserActivity(State state, List<Msg> evidence) {

    public BrowserActivity {
        evidence = List.copyOf(evidence);
    }

    public enum State { RUNNING, MAYBE_RUNNING, NOT_RUNNING }

    public boolean running() {
        return state == State.RUNNING;
    }
}
