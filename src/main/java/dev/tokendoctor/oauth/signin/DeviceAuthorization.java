package dev.tokendoctor.oauth.signin;

import dev.tokendoctor.core.token.Fingerprint;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The answer that starts a device flow. Unlike token answers, its {@code expires_in} is a
 * DURATION, turned here into an instant with the injected clock.
 *
 * @param deviceCode      the secret the app polls with
 * @param userCode        the code the user types on the verification page
 * @param verificationUri the page the user opens
 * @param expiresAt       when the device code stops working
 * @param interval        the polling interval the server asked for
 */
public record DeviceAuthorization(String deviceCode, String userCode, String verificationUri,
                                  Instant expiresAt, Duration interval) {

    /** Polling interval when the server names none. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    /** Device code lifetime when the server names none. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(300);

    public DeviceAuthorization {
        Objects.requireNonNull(deviceCode, "deviceCode");
        Objects.requireNonNull(expiresAt, "expiresAt");
        interval = interval == null || interval.isNegative() || interval.isZero()
                ? DEFAULT_INTERVAL : interval;
    }

    @Override
    public String toString() {
        return "DeviceAuthorization[deviceCode=" + Fingerprint.text(deviceCode) + ", userCode="
                + userCode + ", verificationUri=" + verificationUri + ", expiresAt=" + expiresAt
                + ", interval=" + interval + "]";
    }
}
