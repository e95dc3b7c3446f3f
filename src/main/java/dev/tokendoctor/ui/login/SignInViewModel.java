package dev.tokendoctor.ui.login;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.oauth.client.ConnectionProfile;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.OAuthFlow;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.Sleeper;
import dev.tokendoctor.oauth.signin.AuthorizationSession;
import dev.tokendoctor.oauth.signin.SignInNavigation;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.common.ClipboardService;
import dev.tokendoctor.ui.common.OutcomeText;
import dev.tokendoctor.ui.common.PageProbe;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Sign-in screen: opens Coze's authorize page in the embedded browser (or the system browser with a
 * loopback listener), catches the redirect, checks {@code state}, exchanges the code and stores the tokens;
 * the device and JWT flows need no page here. Network calls run through the {@link BackgroundExecutor}.
 */
public final class SignInViewModel {

    public enum Phase { IDLE, PREPARING, WAITING_FOR_USER, EXCHANGING, SUCCEEDED, FAILED }

    /** How long "open in my browser" waits for the browser to come back before it gives up. */
    public static final java.time.Duration BROWSER_WAIT = BrowserWait.LIMIT;

    private final SignInGateway gateway;
    private final BackgroundExecutor executor;
    private final Runnable onSignedIn;
    private final DeviceSignIn device;
    private final SystemBrowserSignIn systemBrowser;
    private final SecureRandom random = new SecureRandom();
    private Messages messages;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper profileText = new ReadOnlyStringWrapper("");

    private ConnectionProfile profile;
    private AuthorizationSession session;
    private BackgroundExecutor.Cancellable running;
    private volatile boolean cancelled;

    public SignInViewModel(SignInGateway gateway, BackgroundExecutor executor, Clock clock, Sleeper sleeper,
                           Messages messages, ClipboardService clipboard, Runnable onSignedIn) {
        this.gateway = gateway;
        this.executor = executor;
        this.messages = messages;
        this.device = new DeviceSignIn(this, gateway, executor, clock, sleeper);
        this.systemBrowser = new SystemBrowserSignIn(this, gateway, executor, clock, clipboard);
        this.onSignedIn = onSignedIn;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase.getReadOnlyProperty(); }
    public Phase phase() { return phase.get(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The page the embedded browser should show; empty when none. */
    public ReadOnlyStringProperty pageUrlProperty() { return pageUrl.getReadOnlyProperty(); }
    public ReadOnlyStringProperty profileTextProperty() { return profileText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty userCodeProperty() { return device.userCodeProperty(); }
    public ReadOnlyStringProperty verificationUriProperty() { return device.verificationUriProperty(); }
    /**
     * While "open in my browser" waits: the address the browser was sent to, for a person to copy
     * if no browser appeared (shown without its query; {@link #copyBrowserAddress()} copies it whole).
     */
    public ReadOnlyStringProperty browserAddressProperty() { return systemBrowser.addressProperty(); }

    public BooleanBinding busy() {
        return Bindings.createBooleanBinding(() -> phase.get() == Phase.PREPARING || phase.get() == Phase.WAITING_FOR_USER
                || phase.get() == Phase.EXCHANGING, phase);
    }

    public BooleanBinding canStart() { return busy().not(); }
    public BooleanBinding canCancel() { return busy(); }

    /** Reads the connection (starting the sandbox if needed) to show what a sign-in will use. */
    public void describeConnection() {
        executor.submit(gateway::profile, p -> {
            profile = p;
            profileText.set(SignInText.profile(p, messages));
        }, e -> profileText.set(messages.get("signin.profileFailed", String.valueOf(e.getMessage()))));
    }

    /** Starts a sign-in with the configured flow: the embedded browser, the device code, or a signed JWT. */
    public void signIn() {
        begin(p -> {
            switch (p.flow()) {
                case DEVICE -> device.start(p);
                case JWT -> exchange(() -> gateway.client().jwtToken(p.jwt(), CozeOAuthClient.DEFAULT_JWT_TOKEN_DURATION));
                default -> {
                    session = p.newSession(random);
                    waitForUser(messages.get("signin.waitingEmbedded"));
                    pageUrl.set(SignInText.inLanguageOf(messages, session.authorizationUrl(p.endpoints())).toString());
                }
            }
        });
    }

    /** The same browser sign-in, in the system browser, with a one-shot listener on the redirect URI. */
    public void signInWithSystemBrowser() {
        begin(p -> {
            if (!p.flow().usesBrowser()) {
                fail(messages.get("signin.noBrowserFlow", p.flow().name()));
                return;
            }
            session = p.newSession(random);
            systemBrowser.start(p, SignInText.inLanguageOf(messages, session.authorizationUrl(p.endpoints())));
        });
    }

    /**
     * The embedded browser is about to show {@code location}. True when the view must not load it: the exact
     * redirect URI (this view model takes over), or a page off the provider's site (opened in the system browser).
     */
    public boolean navigated(String location) {
        if (session == null || profile == null || location == null || profile.redirectUri() == null) {
            return false;
        } else if (!navigatedToRedirect(location)) {
            return !SignInNavigation.staysInside(location, pageUrl.get()) && popup(location);
        }
        pageUrl.set("");
        handleCallback(URI.create(location));
        return true;
    }

    /** The embedded browser could not load a page. */
    public void pageFailed(String location, String problem) {
        if (phase.get() == Phase.WAITING_FOR_USER && (location == null || !navigatedToRedirect(location))) {
            String tried = location == null || location.isEmpty() ? pageUrl.get() : location;
            running = executor.submit(() -> PageProbe.probe(tried),
                    found -> fail(messages.get("signin.pageFailed", found.where(),
                            messages.get("page.cause." + found.cause(), found.host()))),
                    e -> fail(messages.get("signin.pageFailed", PageProbe.where(tried), messages.get("page.cause.OTHER", ""))));
        }
    }

    /** Copies the whole address "open in my browser" used, to paste into a browser by hand. */
    public void copyBrowserAddress() {
        systemBrowser.copyAddress();
    }

    /** Called once a second: a system-browser sign-in nobody finished in {@link #BROWSER_WAIT} stops waiting. */
    public void tick() {
        if (phase.get() == Phase.WAITING_FOR_USER && systemBrowser.overdue()) {
            cancelled = true;
            if (running != null) {
                running.cancel();
            }
            fail(messages.get("signin.browserTimedOut", messages.duration(BROWSER_WAIT)));
        }
    }

    public void cancel() {
        cancelled = true;
        if (running != null) {
            running.cancel();
        }
        systemBrowser.stop();
        session = null;
        pageUrl.set("");
        device.clear();
        phase.set(Phase.IDLE);
        message.set(messages.get("signin.cancelled"));
    }

    /** Opens the device flow's verification page in the system browser. */
    public void openVerificationPage() {
        device.openVerificationPage();
    }

    public void relocalize(Messages newMessages) {
        messages = newMessages;
        if (profile != null) {
            profileText.set(SignInText.profile(profile, messages));
        }
    }

    // --- internals ---------------------------------------------------------------------------

    private void begin(Consumer<ConnectionProfile> then) {
        cancelled = false;
        systemBrowser.closeReceiver();
        device.clear();
        phase.set(Phase.PREPARING);
        message.set(messages.get("signin.preparing"));
        running = executor.submit(gateway::profile, p -> {
            profile = p;
            profileText.set(SignInText.profile(p, messages));
            then.accept(p);
        }, e -> fail(messages.get("signin.profileFailed", String.valueOf(e.getMessage()))));
    }

    private boolean navigatedToRedirect(String location) {
        return profile != null && SignInNavigation.isRedirect(location, profile.redirectUri());
    }

    // --- called back by DeviceSignIn and SystemBrowserSignIn: the screen's state stays here ---------------

    void handleCallback(URI callback) {
        systemBrowser.stop();
        AuthorizationSession current = session;
        if (current == null) {
            return;
        }
        AuthorizationSession.CallbackResult result = current.validate(callback);
        if (result instanceof AuthorizationSession.Code code) {
            ConnectionProfile p = profile;
            exchange(() -> p.flow() == OAuthFlow.AUTHORIZATION_CODE
                    ? gateway.client().exchangeCode(p.clientId(), p.clientSecret(), p.redirectUri(), code.code())
                    : gateway.client().exchangeCodePkce(p.clientId(), p.redirectUri(), code.code(), code.codeVerifier()));
        } else {
            fail(SignInText.refused(result, messages));
        }
    }

    /** Runs a token request in the background; a success is stored before the screen says so. */
    void exchange(Callable<OAuthOutcome> request) {
        if (phase.get() != Phase.WAITING_FOR_USER) {
            phase.set(Phase.EXCHANGING);
            message.set(messages.get("signin.exchanging"));
        }
        running = executor.submit(() -> {
            OAuthOutcome outcome = request.call();
            if (outcome instanceof OAuthOutcome.Success success) {
                gateway.store(success.grant());
            }
            return outcome;
        }, outcome -> {
            if (cancelled) {
                return;
            }
            if (outcome instanceof OAuthOutcome.Success) {
                session = null;
                device.codeUsed();
                phase.set(Phase.SUCCEEDED);
                message.set(messages.get("signin.succeeded"));
                onSignedIn.run();
            } else {
                fail(OutcomeText.of(outcome, messages));
            }
        }, e -> fail(messages.get("signin.failed", String.valueOf(e.getMessage()))));
    }

    Messages messages() { return messages; }
    boolean cancelled() { return cancelled; }
    void track(BackgroundExecutor.Cancellable work) { running = work; }
    void say(String text) { message.set(text); }

    void waitForUser(String text) {
        phase.set(Phase.WAITING_FOR_USER);
        message.set(text);
    }

    void fail(String text) {
        systemBrowser.stop();
        session = null;
        pageUrl.set("");
        phase.set(Phase.FAILED);
        message.set(text);
    }

    /** A pop-up (or a link off the provider's site) opens in the system browser, where its address shows; true. */
    public boolean popup(String location) {
        SignInNavigation.forSystemBrowser(location).ifPresent(gateway::openInBrowser);
        return true;
    }
}
