package dev.tokendoctor.oauth.client;

import dev.tokendoctor.oauth.signin.AuthorizationSession;

import dev.tokendoctor.core.token.Fingerprint;

/**
 * Everything needed to talk to one Coze app, resolved from settings and secrets.
 *
 * @param clientSecret the web app's secret (AUTHORIZATION_CODE only), else null
 * @param jwt          the service app's credentials (JWT only), else null
 * @param workspaceId  the workspace a device code is asked for (the SDKs' {@code workspaceId}), or blank
 */
public record ConnectionProfile(Provider provider, CozeEndpoints endpoints, OAuthFlow flow, String clientId,
                                String clientSecret, String redirectUri, JwtAppCredentials jwt, String workspaceId) {

    public ConnectionProfile(Provider provider, CozeEndpoints endpoints, OAuthFlow flow, String clientId,
                             String clientSecret, String redirectUri, JwtAppCredentials jwt) {
        this(provider, endpoints, flow, clientId, clientSecret, redirectUri, jwt, "");
    }

    /** A browser sign-in for this profile: PKCE or web app, with fresh state. */
    public AuthorizationSession newSession(java.security.SecureRandom random) {
        return flow == OAuthFlow.AUTHORIZATION_CODE
                ? AuthorizationSession.forWebApp(clientId, redirectUri, random)
                : AuthorizationSession.forPkceApp(clientId, redirectUri, random);
    }

    /** Never prints the secret or the key. */
    @Override
    public String toString() {
        return "ConnectionProfile[" + provider + ", " + endpoints.apiBase() + ", " + flow + ", client=" + clientId
                + ", secret=" + Fingerprint.text(clientSecret) + ", redirect=" + redirectUri + "]";
    }
}
