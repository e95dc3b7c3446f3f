package dev.tokendoctor.core.diagnosis;

/**
 * Which OAuth flow a failure belongs to, as far as the evidence tells: remedies depend on it
 * (a device flow is restarted, a JWT app signs a new JWT; neither of them ever "refreshes" a token
 * that has no refresh token).
 */
public enum Flow {
    /** Authorization code or PKCE: there is a refresh token. */
    USER,
    /** Device code: a refresh token exists only once the user approved. */
    DEVICE,
    /** Service app (OAuth JWT): no refresh token, ever. */
    JWT,
    /** The evidence does not say. */
    UNKNOWN
}
