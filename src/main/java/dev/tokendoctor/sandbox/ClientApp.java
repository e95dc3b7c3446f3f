package dev.tokendoctor.sandbox;

import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Objects;

/**
 * One app registered with the sandbox.
 *
 * @param clientId     {@code <32 digits>.app.coze}, or the numeric app id for a JWT app
 * @param name         shown on the consent page
 * @param type         decides which flow the app may use
 * @param secret       the client secret of a {@link ClientType#WEB} app, else {@code null}
 * @param redirectUris exact-match redirect URIs (code and PKCE apps)
 * @param appId        numeric app id ({@code iss} of a JWT app)
 * @param kid          registered key id of a JWT app
 * @param publicKey    verifies a JWT app's signatures
 */
public record ClientApp(String clientId, String name, ClientType type, String secret,
                        List<String> redirectUris, String appId, String kid,
                        RSAPublicKey publicKey) {

    public ClientApp {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(type, "type");
        redirectUris = List.copyOf(redirectUris);
    }

    /** Masks the secret: records print themselves in logs and assertion messages. */
    @Override
    public String toString() {
        return "ClientApp[" + clientId + ", " + type + ", " + name + "]";
    }
}
