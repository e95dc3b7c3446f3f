package dev.tokendoctor.sandbox;

/** The app types of the Coze console, each allowed exactly one flow. */
public enum ClientType {
    /** Web backend app: authorization code with a client secret. */
    WEB,
    /** Mobile / desktop / single-page app: authorization code with PKCE, no secret. */
    PKCE,
    /** TV / device / CLI app: device code. */
    DEVICE,
    /** Service app: JWT bearer signed with the app's RSA key. */
    JWT
}
