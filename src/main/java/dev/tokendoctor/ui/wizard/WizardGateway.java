package dev.tokendoctor.ui.wizard;

import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.Exchange;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.network.NetworkCheck;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What the fix wizard needs from the services. Methods that may block are called in the background. */
public interface WizardGateway {

    /** The token in the app's store, the one the status screen follows (blocking). */
    Optional<TokenRecord> storedToken() throws IOException;

    /** {@code GET /v1/users/me} with the token (blocking). */
    OAuthOutcome probe(String accessToken) throws IOException;

    /** Server {@code Date} minus the local clock, from the last answer the client got. */
    Optional<Duration> lastClockSkew();

    /** The hosts of the configured deployment (blocking: may start the sandbox). */
    List<URI> networkTargets() throws IOException;

    /** A fresh network check of this machine. */
    NetworkCheck newNetworkCheck();

    /** The redacted exchange log. */
    List<Exchange> exchanges();

    /** Literal secrets of the connection (client secret, private key), for the bundle's redactor (blocking). */
    List<String> secrets() throws IOException;
}
