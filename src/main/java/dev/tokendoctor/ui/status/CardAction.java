package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.token.HealthState;

/** The one primary action the Status card offers: the one that fits the verdict. */
public enum CardAction {
    /** The refresh token can still get a new access token. */
    REFRESH_NOW,
    /** Nothing stored yet: a sign-in (verified afterwards). */
    SIGN_IN,
    /** The refresh token is dead or absent: a new sign-in (verified afterwards). */
    SIGN_IN_AGAIN,
    /** Anything else (unreadable, clock, unknown expiry): the wizard finds out step by step. */
    FIX_WIZARD;

    /** The action for {@code state}; {@code canRefresh}: the record has something to refresh with. */
    public static CardAction fitting(HealthState state, boolean canRefresh) {
        return switch (state) {
            case EXPIRED_REFRESHABLE, EXPIRING_SOON -> canRefresh ? REFRESH_NOW : SIGN_IN_AGAIN;
            case EXPIRED_REAUTH_NEEDED -> SIGN_IN_AGAIN;
            case MISSING -> SIGN_IN;
            default -> FIX_WIZARD;
        };
    }
}
