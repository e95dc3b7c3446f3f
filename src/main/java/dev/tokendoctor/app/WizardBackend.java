package dev.tokendoctor.app;

import dev.tokendoctor.service.ConnectionService;

import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.ConnectionProfile;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.Exchange;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.network.NetworkCheck;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.ui.wizard.WizardGateway;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The fix wizard's view of the services: the store, the client of the configured connection, the exchange log. */
final class WizardBackend implements WizardGateway {

    private final ConnectionService connection;
    private final StoredTokens stored;
    private final Clock clock;
    private volatile CozeOAuthClient lastClient;

    WizardBackend(ConnectionService connection, StoredTokens stored, Clock clock) {
        this.connection = connection;
        this.stored = stored;
        this.clock = clock;
    }

    @Override
    public Optional<TokenRecord> storedToken() throws IOException {
        return stored.load() instanceof StoredTokens.Found found ? Optional.of(found.parsed().record()) : Optional.empty();
    }

    @Override
    public OAuthOutcome probe(String accessToken) throws IOException {
        CozeOAuthClient client = connection.client();
        lastClient = client;
        return client.probe(accessToken);
    }

    /** From the client the last probe used: asking the connection for one could start the sandbox on the UI thread. */
    @Override
    public Optional<Duration> lastClockSkew() {
        CozeOAuthClient client = lastClient;
        return client == null ? Optional.empty() : client.lastClockSkew();
    }

    @Override
    public List<URI> networkTargets() throws IOException {
        return NetworkCheck.targets(connection.profile().endpoints());
    }

    @Override
    public NetworkCheck newNetworkCheck() {
        return NetworkCheck.forThisMachine(clock);
    }

    @Override
    public List<Exchange> exchanges() {
        return connection.log().snapshot();
    }

    @Override
    public List<String> secrets() throws IOException {
        ConnectionProfile profile = connection.profile();
        List<String> secrets = new ArrayList<>();
        secrets.add(profile.clientSecret());
        if (profile.jwt() != null) {
            secrets.add(profile.jwt().privateKeyPem());
        }
        return secrets;
    }
}
