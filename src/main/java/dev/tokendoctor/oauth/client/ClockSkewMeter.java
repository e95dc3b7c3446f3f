package dev.tokendoctor.oauth.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Compares each answer's {@code Date} header with the injected clock. Positive skew: the server
 * is ahead. {@code Date} has one-second resolution, so skews under a second mean "in sync".
 */
public final class ClockSkewMeter {

    private final Clock clock;
    private final AtomicReference<Duration> last = new AtomicReference<>();

    ClockSkewMeter(Clock clock) {
        this.clock = clock;
    }

    void measure(HttpAnswer answer) {
        Instant local = clock.instant();
        answer.header("Date").flatMap(ClockSkewMeter::parse)
                .ifPresent(server -> last.set(Duration.between(local, server)));
    }

    Optional<Duration> last() {
        return Optional.ofNullable(last.get());
    }

    public static Optional<Instant> parse(String date) {
        try {
            return Optional.of(ZonedDateTime.parse(date.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
