package dev.tokendoctor.core.token;

import java.time.Duration;

/** Language-neutral duration text: {@code 09:05:03}, {@code 3d 04:00:00}; used in messages and the countdown. */
public final class Durations {

    /** {@code hh:mm:ss}, with a day count in front past 24 hours; negative durations get a minus sign. */
    public static String text(Duration d) {
        String sign = d.isNegative() ? "-" : "";
        Duration a = d.abs();
        long days = a.toDays();
        long seconds = a.getSeconds() % 86_400;
        String hms = String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
        return sign + (days > 0 ? days + "d " + hms : hms);
    }

    private Durations() {
    }
}
