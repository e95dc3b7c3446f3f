package dev.tokendoctor.storage.tokens;

import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.storage.discovery.Browser;
import java.util.List;

/**
 * What to tell a user whose token sits in a browser's store, which the app only reads: the
 * DevTools steps of that browser, and the console line that clears the token and reloads.
 */
public final class BrowserGuidance {

    /** The line to paste into the DevTools console of the web app's page. */
    public static final String CONSOLE_LINE = "localStorage.removeItem('coze_oauth_tokens'); location.reload();";

    /** Why the app does not change a browser's store itself. */
    public static Msg whyReadOnly(Browser browser) {
        return Msg.of("storage.guide.readOnly", browser.displayName());
    }

    /** The steps, in order, for the web app's {@code origin}; the last one holds {@link #CONSOLE_LINE}. */
    public static List<Msg> steps(Browser browser, String origin) {
        if (browser == Browser.FIREFOX) {
            return List.of(
                    Msg.of("storage.guide.open", origin),
                    Msg.of("storage.guide.devtools.firefox"),
                    Msg.of("storage.guide.storage.firefox", origin),
                    Msg.of("storage.guide.delete"),
                    Msg.of("storage.guide.console"));
        }
        return List.of(
                Msg.of("storage.guide.open", origin),
                Msg.of("storage.guide.devtools.chromium", browser.displayName()),
                Msg.of("storage.guide.storage.chromium", origin),
                Msg.of("storage.guide.delete"),
                Msg.of("storage.guide.console"),
                Msg.of("storage.guide.chromiumDelay"));
    }

    private BrowserGuidance() {
    }
}
