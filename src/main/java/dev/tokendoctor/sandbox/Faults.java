package dev.tokendoctor.sandbox;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fault switches of a running sandbox, changeable at any time from any thread.
 * Each kind is armed at most once; arming it again replaces it.
 */
public final class Faults {

    private final Map<FaultKind, Fault> armed = new EnumMap<>(FaultKind.class);
    private volatile InvalidTokenAnswer invalidTokenAnswer = InvalidTokenAnswer.CODE_4100_HTTP_401;

    /** Arms {@code kind} for every request until cleared. */
    public void always(FaultKind kind) {
        arm(new Fault(kind, false, defaultAmount(kind)));
    }

    /** Arms {@code kind} for the next request it applies to. */
    public void once(FaultKind kind) {
        arm(new Fault(kind, true, defaultAmount(kind)));
    }

    /** Delays answers by {@code delay}. */
    public void delay(Duration delay, boolean once) {
        arm(new Fault(FaultKind.DELAY, once, delay.toMillis()));
    }

    /** Answers 429 with {@code Retry-After} in whole seconds. */
    public void tooManyRequests(Duration retryAfter, boolean once) {
        arm(new Fault(FaultKind.HTTP_429, once, retryAfter.toSeconds()));
    }

    /** Shifts the {@code Date} header by {@code offset} (negative: server behind). */
    public void skewDate(Duration offset, boolean once) {
        arm(new Fault(FaultKind.SKEWED_DATE, once, offset.toSeconds()));
    }

    public synchronized void arm(Fault fault) {
        armed.put(fault.kind(), fault);
    }

    public synchronized void clear(FaultKind kind) {
        armed.remove(kind);
    }

    /** Disarms every fault and restores the default invalid-token answer. */
    public synchronized void clearAll() {
        armed.clear();
        invalidTokenAnswer = InvalidTokenAnswer.CODE_4100_HTTP_401;
    }

    public synchronized Set<FaultKind> armedKinds() {
        return armed.isEmpty() ? Set.of() : Set.copyOf(armed.keySet());
    }

    public void answerInvalidTokensWith(InvalidTokenAnswer answer) {
        this.invalidTokenAnswer = answer;
    }

    public InvalidTokenAnswer invalidTokenAnswer() {
        return invalidTokenAnswer;
    }

    /** The fault armed for {@code kind}, consuming it when it was armed once. */
    synchronized Optional<Fault> take(FaultKind kind) {
        Fault fault = armed.get(kind);
        if (fault != null && fault.once()) {
            armed.remove(kind);
        }
        return Optional.ofNullable(fault);
    }

    private static long defaultAmount(FaultKind kind) {
        switch (kind) {
            case DELAY:
                return 1000;
            case HTTP_429:
                return 2;
            case SKEWED_DATE:
                return 600;
            default:
                return 0;
        }
    }
}
