package dev.tokendoctor.oauth.signin;

import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.Sleeper;

import dev.tokendoctor.oauth.client.OAuthOutcome.OAuthError;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Polls the token endpoint until the user approves the device code, honouring {@code interval},
 * {@code authorization_pending}, {@code slow_down} (+5 s, at most 30 s), {@code expired_token} and
 * {@code access_denied}. Cancellable between polls; the sleeper and clock are injected.
 */
public final class DeviceCodePoller {

    /** Added to the interval on each {@code slow_down}. */
    public static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);
    /** The interval never grows beyond this. */
    public static final Duration MAX_INTERVAL = Duration.ofSeconds(30);

    private final CozeOAuthClient client;
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * @param client  sends each poll
     * @param clock   decides when the device code has expired locally
     * @param sleeper waits between polls ({@link Sleeper#SYSTEM} in the app)
     */
    public DeviceCodePoller(CozeOAuthClient client, Clock clock, Sleeper sleeper) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Polls until an outcome other than "keep waiting", without progress reports. */
    public OAuthOutcome poll(String clientId, DeviceAuthorization authorization, BooleanSupplier cancelled) {
        return poll(clientId, authorization, cancelled, outcome -> { });
    }

    /**
     * Polls until the user approves, denies, the code expires, a non-OAuth failure happens, or
     * {@code cancelled} turns true.
     *
     * @param progress sees every intermediate answer ({@code authorization_pending}, {@code slow_down})
     * @return {@link OAuthOutcome.Success}, an {@link OAuthError} ({@code access_denied},
     *         {@code expired_token}, …), a network or protocol failure, or {@link OAuthOutcome.Cancelled}
     */
    public OAuthOutcome poll(String clientId, DeviceAuthorization authorization, BooleanSupplier cancelled,
                             Consumer<OAuthOutcome> progress) {
        Duration interval = min(authorization.interval(), MAX_INTERVAL);
        while (true) {
            try {
                sleeper.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new OAuthOutcome.Cancelled("interrupted while waiting for the user");
            }
            if (cancelled.getAsBoolean()) {
                return new OAuthOutcome.Cancelled("device authorization cancelled");
            }
            if (!clock.instant().isBefore(authorization.expiresAt())) {
                return new OAuthError("expired_token", null,
                        "the device code expired before the user approved it", null, 0, null);
            }
            OAuthOutcome outcome = client.pollDeviceToken(clientId, authorization.deviceCode());
            String error = outcome instanceof OAuthError ? ((OAuthError) outcome).error() : null;
            if ("authorization_pending".equals(error)) {
                progress.accept(outcome);
            } else if ("slow_down".equals(error)) {
                interval = min(interval.plus(SLOW_DOWN_STEP), MAX_INTERVAL);
                progress.accept(outcome);
            } else {
                return outcome;
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
