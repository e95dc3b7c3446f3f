package dev.tokendoctor.oauth.client;

/** The OAuth flows Coze offers, one per app type in the Coze console. */
public enum OAuthFlow {
    /** Desktop / mobile / single-page app: no secret, a code verifier instead. The default. */
    PKCE,
    /** Web backend app: authorization code plus client secret (sent as {@code Authorization: Bearer}). */
    AUTHORIZATION_CODE,
    /** TV / CLI app: the user types a code on another device. */
    DEVICE,
    /** Service app: a JWT signed with the app's private key; no user, no refresh token. */
    JWT;

    public static OAuthFlow parse(String name) {
        for (OAuthFlow f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return PKCE;
    }

    /** Flows that sign in through a browser page. */
    public boolean usesBrowser() {
        return this == PKCE || this == AUTHORIZATION_CODE;
    }
}
