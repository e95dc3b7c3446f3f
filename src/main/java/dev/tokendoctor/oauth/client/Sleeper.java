package dev.tokendoctor.oauth.client;

import java.time.Duration;

/** Waits; tests inject one that returns at once (and advances their clock). */
@FunctionalInterface
public interface Sleeper {

    /** The real one: {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /** Waits for {@code duration}; throws when the thread is interrupted. */
    void sleep(Duration duration) throws InterruptedException;
}
