package dev.tokendoctor.cli;

import dev.tokendoctor.core.token.HealthState;

/**
 * The exit codes scripts can rely on (documented in {@code docs/cli.md}). Verdict codes leave
 * room between them, so that "below 20 still works" is a valid test in a shell script.
 */
public final class ExitCode {

    public static final int VALID = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int EXPIRING_SOON = 10;
    /** A token without expiry information: it may work, nothing proves for how long. */
    public static final int EXPIRY_UNKNOWN = 15;
    public static final int EXPIRED_REFRESHABLE = 20;
    /** Issued in the future of this machine's clock: fix the clock, not the token. */
    public static final int NOT_YET_VALID = 25;
    public static final int NEEDS_SIGN_IN = 30;
    public static final int NO_TOKEN = 40;
    public static final int UNREADABLE = 50;

    /** The code for a verdict. */
    public static int of(HealthState state) {
        return switch (state) {
            case VALID -> VALID;
            case EXPIRING_SOON -> EXPIRING_SOON;
            case EXPIRY_UNKNOWN -> EXPIRY_UNKNOWN;
            case EXPIRED_REFRESHABLE -> EXPIRED_REFRESHABLE;
            case NOT_YET_VALID -> NOT_YET_VALID;
            case EXPIRED_REAUTH_NEEDED -> NEEDS_SIGN_IN;
            case MISSING -> NO_TOKEN;
            case MALFORMED -> UNREADABLE;
        };
    }

    private ExitCode() {
    }
}
