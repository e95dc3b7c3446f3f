package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.i18n.Msg;
import java.util.List;

/**
 * Why a Coze token (or the attempt to get one) failed. Each kind has a short title and an
 * explanation in the bundles, under {@code failure.<NAME>.title} and {@code failure.<NAME>.why}.
 */
public enum FailureKind {
    /** The access token's 15 minutes (or the JWT flow's duration) are over; a refresh helps. */
    ACCESS_TOKEN_EXPIRED,
    /** The refresh token's 30 days are over, or the refresh was refused: sign in again. */
    REFRESH_TOKEN_EXPIRED,
    /** The stored refresh token is not one Coze knows (revoked, truncated, from another app). */
    REFRESH_TOKEN_INVALID,
    /** A refresh token was used twice: rotation race between tabs or threads. */
    REFRESH_TOKEN_REUSED,
    /** No refresh token is stored: only a new authorization helps. */
    NO_REFRESH_TOKEN,
    /** A service-app (JWT flow) token expired: sign a new JWT, there is no refresh. */
    JWT_APP_TOKEN_EXPIRED,
    /** The signed JWT itself was refused (a reused jti, wrong iss/aud, bad key). */
    JWT_REJECTED,
    /** The client secret (or client id) is wrong. */
    INVALID_CLIENT,
    /** The redirect URI sent differs from the ones registered ({@code invalid request: redirect_uri}). */
    REDIRECT_URI_MISMATCH,
    /** An app registered on coze.cn used against coze.com, or the reverse ("kid not been registred"). */
    REGION_MISMATCH,
    /** {@code access_deny}, or a credential the app type does not take (a client secret on PKCE). */
    APP_DISABLED_OR_WRONG_TYPE,
    /** The user clicked "deny" on the consent page ({@code error=access_denied}). */
    CONSENT_DENIED,
    /** The local clock differs from the server's enough to break token times. */
    CLOCK_SKEW,
    /** The host name could not be resolved. */
    DNS_FAILURE,
    /** The connection was refused, reset or dropped. */
    CONNECTION_FAILURE,
    /** The TLS handshake failed (certificate not trusted, intercepting proxy, wrong clock). */
    TLS_FAILURE,
    /** A proxy refused, needs credentials, or could not reach Coze. */
    PROXY_FAILURE,
    /** No answer in time. */
    TIMEOUT,
    /** Too many requests (HTTP 429). */
    RATE_LIMITED,
    /** Coze (or a gateway in front of it) failed: HTTP 5xx, {@code internal_error}. */
    SERVER_ERROR,
    /** Code 4101: the app lacks the permission for this API. */
    PERMISSION_MISSING,
    /** Code 4102: blocked by risk control. */
    RISK_CONTROL,
    /** The web app read {@code expires_in} (an absolute Unix time) as a duration. */
    EXPIRY_MISINTERPRETED,
    /** A required setting (client id, redirect URI) is missing or empty. */
    CONFIGURATION_MISSING,
    /** The authorization code was used twice, expired, or its PKCE verifier does not match: sign in again. */
    AUTHORIZATION_CODE_INVALID,
    /** Device flow: the device code expired or is unknown; start the device flow again (no refresh exists yet). */
    DEVICE_CODE_EXPIRED,
    /** Device flow: {@code authorization_pending} or {@code slow_down}; nothing is wrong, keep polling, slower. */
    DEVICE_POLLING,
    /** Code 4000 / HTTP 400 on a business API: a request parameter is wrong; the token is fine. */
    PARAMETER_ERROR,
    /** Code 4200 / HTTP 404: the bot, workflow or other resource does not exist (often the wrong region); the token is fine. */
    RESOURCE_NOT_FOUND,
    /** Nothing recognisable. */
    UNKNOWN;

    /**
     * Whether the token itself (or getting one) is what failed. The others are answered plainly as
     * "the token is fine": a network, server, parameter or resource problem, or a device flow still waiting.
     */
    public boolean tokenProblem() {
        return switch (this) {
            case DNS_FAILURE, CONNECTION_FAILURE, TLS_FAILURE, PROXY_FAILURE, TIMEOUT, RATE_LIMITED, SERVER_ERROR,
                    PERMISSION_MISSING, RISK_CONTROL, PARAMETER_ERROR, RESOURCE_NOT_FOUND, DEVICE_POLLING, UNKNOWN -> false;
            default -> true;
        };
    }

    /** A few words, for a heading. */
    public Msg title() {
        return new Msg("failure." + name() + ".title", List.of());
    }

    /** One or two sentences: what happened and why. */
    public Msg explanation() {
        return new Msg("failure." + name() + ".why", List.of());
    }
}
