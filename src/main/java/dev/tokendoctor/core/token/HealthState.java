package dev.tokendoctor.core.token;

/** The verdict on a token at one instant. */
public enum HealthState {
    /** No token was found. */
    MISSING,
    /** Something is stored but it is not a usable token record. */
    MALFORMED,
    /** Works now and for longer than the expiring-soon threshold. */
    VALID,
    /** Works now, but expires within the threshold (the guide's {@code isTokenExpiringSoon(10)}). */
    EXPIRING_SOON,
    /** Expired, and a refresh token that should still work is stored. */
    EXPIRED_REFRESHABLE,
    /** Expired, and no usable refresh token: only a new authorization helps. */
    EXPIRED_REAUTH_NEEDED,
    /** Issued or valid only in the future of the local clock: the clock is probably wrong. */
    NOT_YET_VALID,
    /** A token without any expiry information (a bare opaque token, a duration without issue time). */
    EXPIRY_UNKNOWN;

    public boolean expired() {
        return this == EXPIRED_REFRESHABLE || this == EXPIRED_REAUTH_NEEDED;
    }

    /** States in which the status screen shows the "what to do next" card. */
    public boolean needsAction() {
        return this != VALID;
    }
}
