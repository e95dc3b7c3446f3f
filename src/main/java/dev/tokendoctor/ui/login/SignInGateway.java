package dev.tokendoctor.ui.login;

import dev.tokendoctor.oauth.client.ConnectionProfile;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.TokenGrant;
import java.io.IOException;
import java.net.URI;

/** What the Sign-in screen needs from the rest of the app. All methods may block: call them in the background. */
public interface SignInGateway {

    /** The Coze app to sign in to (may start the built-in sandbox). */
    ConnectionProfile profile() throws IOException;

    CozeOAuthClient client() throws IOException;

    /** Persists new tokens in the app's store (backup first) and makes the status follow them. */
    void store(TokenGrant grant) throws IOException;

    /**
     * Opens the system browser (for "open in my browser" and the device verification page).
     * False when no browser could be started (the platform call failed or there is none).
     */
    boolean openInBrowser(URI uri);
}
