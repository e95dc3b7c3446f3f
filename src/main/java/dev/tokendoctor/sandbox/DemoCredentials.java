package dev.tokendoctor.sandbox;

import java.util.List;

/**
 * Everything a client needs to talk to a running sandbox's demo apps.
 *
 * @param webClientId        web backend app ({@link ClientType#WEB})
 * @param webClientSecret    its secret, sent as {@code Authorization: Bearer}
 * @param webRedirectUris    its registered redirect URIs
 * @param pkceClientId       PKCE app
 * @param pkceRedirectUris   its registered redirect URIs
 * @param deviceClientId     device-code app
 * @param jwtAppId           numeric app id of the service app ({@code iss})
 * @param jwtKid             registered key id ({@code kid} header)
 * @param jwtPrivateKeyPem   PKCS#8 PEM private key that signs the service app's JWTs
 */
public record DemoCredentials(String webClientId, String webClientSecret,
                              List<String> webRedirectUris, String pkceClientId,
                              List<String> pkceRedirectUris, String deviceClientId,
                              String jwtAppId, String jwtKid, String jwtPrivateKeyPem) {

    public DemoCredentials {
        webRedirectUris = List.copyOf(webRedirectUris);
        pkceRedirectUris = List.copyOf(pkceRedirectUris);
    }

    /** Keeps the secret and the private key out of logs. */
    @Override
    public String toString() {
        return "DemoCredentials[web=" + webClientId + ", pkce=" + pkceClientId
                + ", device=" + deviceClientId + ", jwtApp=" + jwtAppId + ", kid=" + jwtKid + "]";
    }
}
