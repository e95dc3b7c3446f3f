package dev.tokendoctor.ui.login;

import dev.tokendoctor.oauth.client.ConnectionProfile;
import dev.tokendoctor.oauth.signin.LoopbackReceiver;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.common.ClipboardService;
import java.net.URI;
import java.time.Clock;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * "Open in my browser": a one-shot loopback listener on the redirect URI, the system browser sent to the
 * authorize page, and the {@link BrowserWait} until it comes back. The callback itself is checked and
 * exchanged by {@link SignInViewModel}, which owns the screen's phase and message.
 */
final class SystemBrowserSignIn {

    private final SignInViewModel screen;
    private final SignInGateway gateway;
    private final BackgroundExecutor executor;
    private final BrowserWait browserWait;
    private LoopbackReceiver receiver;

    SystemBrowserSignIn(SignInViewModel screen, SignInGateway gateway, BackgroundExecutor executor, Clock clock,
                        ClipboardService clipboard) {
        this.browserWait = new BrowserWait(clock, clipboard);
        this.screen = screen;
        this.gateway = gateway;
        this.executor = executor;
    }

    ReadOnlyStringProperty addressProperty() { return browserWait.addressProperty(); }

    /** Listens on {@code p}'s redirect URI, then sends the system browser to {@code authorize}. */
    void start(ConnectionProfile p, URI authorize) {
        try {
            receiver = LoopbackReceiver.listen(URI.create(p.redirectUri()), screen.messages().get("signin.loopbackPage"));
        } catch (LoopbackReceiver.Unavailable e) {
            screen.fail(e.portInUse() ? screen.messages().get("signin.portInUse", p.redirectUri())
                    : screen.messages().get("signin.notLoopback", p.redirectUri()));
            return;
        }
        screen.waitForUser(screen.messages().get("signin.waitingSystem", screen.messages().duration(BrowserWait.LIMIT)));
        browserWait.start(authorize);
        LoopbackReceiver listening = receiver;
        screen.track(executor.submit(() -> listening.callback().get(), screen::handleCallback, e -> {
            if (!screen.cancelled()) {
                screen.fail(screen.messages().get("signin.loopbackFailed", String.valueOf(e.getMessage())));
            }
        }));
        // the platform call may fail quietly (no browser, no desktop): when it says so, say so
        executor.submit(() -> gateway.openInBrowser(authorize), launched -> noBrowserIf(!launched), e -> noBrowserIf(true));
    }

    private void noBrowserIf(boolean none) {
        if (none && screen.phase() == SignInViewModel.Phase.WAITING_FOR_USER && browserWait.waiting()) {
            screen.say(screen.messages().get("signin.browserNotOpened", screen.messages().duration(BrowserWait.LIMIT)));
        }
    }

    /** Copies the whole address the browser was sent to, and says so; nothing when there is none. */
    void copyAddress() {
        if (browserWait.copy()) {
            screen.say(screen.messages().get("signin.addressCopied"));
        }
    }

    /** True once nobody came back within {@link BrowserWait#LIMIT}. */
    boolean overdue() {
        return browserWait.overdue();
    }

    /** The wait is over (answered, failed, cancelled): forget the address and free the port. */
    void stop() {
        browserWait.stop();
        closeReceiver();
    }

    /** Frees the port without touching the wait, as a new sign-in starting does. */
    void closeReceiver() {
        if (receiver != null) {
            receiver.close();
            receiver = null;
        }
    }
}
