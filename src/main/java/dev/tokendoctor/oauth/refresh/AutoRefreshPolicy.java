package dev.tokendoctor.oauth.refresh;

import java.time.Duration;
import java.util.Objects;

/**
 * When the auto-refresher acts.
 *
 * @param enabled    whether to refresh ahead of expiry at all
 * @param margin     how long before expiry to refresh (default 60 s)
 * @param retryDelay wait after a failed refresh that may succeed later (network, server)
 */
public record AutoRefreshPolicy(boolean enabled, Duration margin, Duration retryDelay) {

    /** Default margin before expiry. */
    public static final Duration DEFAULT_MARGIN = Duration.ofSeconds(60);
    /** Default wait after a transient failure. */
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(30);

    public AutoRefreshPolicy {
        Objects.requireNonNull(margin, "margin");
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (margin.isNegative() || retryDelay.isNegative() || retryDelay.isZero()) {
            throw new IllegalArgumentException("margin must be >= 0 and retryDelay > 0");
        }
    }

    /** Enabled, 60 s margin, 30 s retry delay. */
    public static AutoRefreshPolicy defaults() {
        return new AutoRefreshPolicy(true, DEFAULT_MARGIN, DEFAULT_RETRY_DELAY);
    }

    /** Never refreshes on its own. */
    public static AutoRefreshPolicy disabled() {
        return new AutoRefreshPolicy(false, DEFAULT_MARGIN, DEFAULT_RETRY_DELAY);
    }

    /** The same policy with another margin. */
    public AutoRefreshPolicy withMargin(Duration value) {
        return new AutoRefreshPolicy(enabled, value, retryDelay);
    }

    /** The same policy with another retry delay. */
    public AutoRefreshPolicy withRetryDelay(Duration value) {
        return new AutoRefreshPolicy(enabled, margin, value);
    }
}
