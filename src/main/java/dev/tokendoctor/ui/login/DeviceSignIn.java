package dev.tokendoctor.ui.login;

import dev.tokendoctor.oauth.client.ConnectionProfile;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.Sleeper;
import dev.tokendoctor.oauth.signin.DeviceCodePoller;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.common.OutcomeText;
import java.net.URI;
import java.time.Clock;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The device flow of the Sign-in screen: asks Coze for a code, shows it with the address to enter it at,
 * and polls until the person has done so. The screen's phase, message and token exchange stay with
 * {@link SignInViewModel}, so this flow reports through it.
 */
final class DeviceSignIn {

    private final SignInViewModel screen;
    private final SignInGateway gateway;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ReadOnlyStringWrapper userCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verificationUri = new ReadOnlyStringWrapper("");

    DeviceSignIn(SignInViewModel screen, SignInGateway gateway, BackgroundExecutor executor, Clock clock, Sleeper sleeper) {
        this.screen = screen;
        this.gateway = gateway;
        this.executor = executor;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    ReadOnlyStringProperty userCodeProperty() { return userCode.getReadOnlyProperty(); }
    ReadOnlyStringProperty verificationUriProperty() { return verificationUri.getReadOnlyProperty(); }

    void start(ConnectionProfile p) {
        screen.track(executor.submit(() -> gateway.client().requestDeviceCode(p.clientId(), p.workspaceId()), outcome -> {
            if (!(outcome instanceof OAuthOutcome.DeviceCodeIssued issued)) {
                screen.fail(OutcomeText.of(outcome, screen.messages()));
                return;
            }
            // The address first: whoever sees the code appear can use the address with it.
            verificationUri.set(issued.authorization().verificationUri());
            userCode.set(issued.authorization().userCode());
            screen.waitForUser(screen.messages().get("signin.waitingDevice"));
            screen.exchange(() -> new DeviceCodePoller(gateway.client(), clock, sleeper)
                    .poll(p.clientId(), issued.authorization(), screen::cancelled));
        }, e -> screen.fail(screen.messages().get("signin.failed", String.valueOf(e.getMessage())))));
    }

    /** Opens the verification page in the system browser. */
    void openVerificationPage() {
        if (!verificationUri.get().isEmpty()) {
            gateway.openInBrowser(URI.create(verificationUri.get()));
        }
    }

    /** Signed in: the code is spent, so it no longer shows. */
    void codeUsed() {
        userCode.set("");
    }

    void clear() {
        userCode.set("");
        verificationUri.set("");
    }
}
