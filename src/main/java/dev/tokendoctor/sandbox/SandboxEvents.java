package dev.tokendoctor.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The sandbox's activity, as tests and demos query it. Thread-safe. */
public final class SandboxEvents {

    private final Clock clock;
    private final List<SandboxEvent> events = new ArrayList<>();

    SandboxEvents(Clock clock) {
        this.clock = clock;
    }

    void record(EventKind kind, String clientId, String detail) {
        SandboxEvent event = new SandboxEvent(clock.instant(), kind,
                clientId == null ? "" : clientId, detail == null ? "" : detail);
        synchronized (events) {
            events.add(event);
        }
    }

    /** How many events of {@code kind} happened, e.g. refreshes served. */
    public long count(EventKind kind) {
        synchronized (events) {
            return events.stream().filter(e -> e.kind() == kind).count();
        }
    }

    /** A snapshot of every event so far, oldest first. */
    public List<SandboxEvent> all() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    public void clear() {
        synchronized (events) {
            events.clear();
        }
    }
}
