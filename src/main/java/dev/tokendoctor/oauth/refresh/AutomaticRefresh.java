package dev.tokendoctor.oauth.refresh;

import java.time.Instant;

/**
 * What the automatic refresh is doing, as published by the background work that decides it:
 * the once-a-second tick only reads this value, it never asks a service that may hold a lock.
 *
 * @param mode why it is on or off
 * @param next when it next refreshes ({@link Mode#SCHEDULED} only)
 */
public record AutomaticRefresh(Mode mode, Instant next) {

    /** Why the automatic refresh is on or off. */
    public enum Mode {
        /** The app is still reading the store and the settings: not yet known, not "off". */
        STARTING,
        SCHEDULED,
        OFF_IN_SETTINGS,
        NO_TOKEN,
        NO_REFRESH_TOKEN,
        NO_EXPIRY,
        /** Coze refused the stored refresh token: refreshing again cannot help. */
        REFUSED,
        /** No OAuth side (tests, screens without one). */
        NOT_CONNECTED
    }

    public static final AutomaticRefresh STARTING = new AutomaticRefresh(Mode.STARTING, null);
    public static final AutomaticRefresh NOT_CONNECTED = new AutomaticRefresh(Mode.NOT_CONNECTED, null);

    public static AutomaticRefresh off(Mode why) {
        return new AutomaticRefresh(why, null);
    }

    public static AutomaticRefresh at(Instant next) {
        return new AutomaticRefresh(Mode.SCHEDULED, next);
    }
}
