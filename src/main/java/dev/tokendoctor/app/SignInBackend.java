package dev.tokendoctor.app;

import dev.tokendoctor.service.ConnectionService;

import dev.tokendoctor.oauth.client.ConnectionProfile;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.Grants;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.ui.login.SignInGateway;
import java.io.IOException;
import java.net.URI;
import java.util.function.Predicate;

/** The Sign-in screen's view of the app: the connection, the store, and the system browser. */
final class SignInBackend implements SignInGateway {

    private final ConnectionService connection;
    private final StoredTokens stored;
    private final Predicate<URI> browser;

    SignInBackend(ConnectionService connection, StoredTokens stored, Predicate<URI> browser) {
        this.connection = connection;
        this.stored = stored;
        this.browser = browser;
    }

    @Override
    public ConnectionProfile profile() throws IOException {
        return connection.profile();
    }

    @Override
    public CozeOAuthClient client() throws IOException {
        return connection.client();
    }

    @Override
    public void store(TokenGrant grant) throws IOException {
        try {
            stored.save(Grants.toRecord(grant), dev.tokendoctor.storage.TokenStore.Change.SIGN_IN);
        } catch (StoredTokens.KeptInMemory e) {
            // The sign-in worked: its tokens are held in memory and the Status screen offers "Save as…".
            System.getLogger(SignInBackend.class.getName()).log(System.Logger.Level.WARNING, "signed in, tokens not saved", e);
        }
    }

    @Override
    public boolean openInBrowser(URI uri) {
        return browser.test(uri);
    }
}
