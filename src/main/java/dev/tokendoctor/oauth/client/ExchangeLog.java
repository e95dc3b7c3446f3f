package dev.tokendoctor.oauth.client;

import dev.tokendoctor.core.redact.Redactor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The last N exchanges with Coze, every secret replaced by its fingerprint on the way in, so
 * nothing unredacted is ever stored. Thread-safe; listeners are called on the recording thread
 * (a UI must hop to its own thread).
 */
public final class ExchangeLog {

    /** Exchanges kept by default. */
    public static final int DEFAULT_CAPACITY = 500;

    private final Redactor redactor;
    private final int capacity;
    private final ArrayDeque<Exchange> entries = new ArrayDeque<>();
    private final List<Consumer<Exchange>> listeners = new CopyOnWriteArrayList<>();
    private long nextId = 1;

    /** A log of {@value #DEFAULT_CAPACITY} exchanges with its own redactor. */
    public ExchangeLog() {
        this(new Redactor(), DEFAULT_CAPACITY);
    }

    /** A log keeping the last {@code capacity} exchanges. */
    public ExchangeLog(Redactor redactor, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.redactor = redactor;
        this.capacity = capacity;
    }

    /** The redactor every entry goes through; the client reuses it for messages and snippets. */
    public Redactor redactor() {
        return redactor;
    }

    /** How many exchanges are kept. */
    public int capacity() {
        return capacity;
    }

    /**
     * Redacts and stores an exchange, then tells the listeners.
     *
     * @param raw     the exchange as it happened
     * @param secrets literal secrets involved (sent or received), remembered by the redactor
     * @return the stored, redacted exchange
     */
    public Exchange record(Exchange raw, Collection<String> secrets) {
        redactor.remember(secrets);
        Exchange clean = new Exchange(0, raw.startedAt(), raw.method(), redactor.redact(raw.url()),
                raw.status(), raw.duration(), redactHeaders(raw.requestHeaders()),
                redactor.redact(raw.requestBody()), redactHeaders(raw.responseHeaders()),
                redactor.redact(raw.responseBody()), redactor.redact(raw.failure()));
        synchronized (entries) {
            clean = clean.withId(nextId++);
            entries.addLast(clean);
            while (entries.size() > capacity) {
                entries.removeFirst();
            }
        }
        for (Consumer<Exchange> listener : listeners) {
            listener.accept(clean);
        }
        return clean;
    }

    /** The kept exchanges, oldest first. */
    public List<Exchange> snapshot() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    /** Forgets every kept exchange (listeners stay). */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    /** Calls {@code listener} with every exchange recorded from now on. */
    public void addListener(Consumer<Exchange> listener) {
        listeners.add(listener);
    }

    /** Stops calling {@code listener}. */
    public void removeListener(Consumer<Exchange> listener) {
        listeners.remove(listener);
    }

    private List<Exchange.Header> redactHeaders(List<Exchange.Header> headers) {
        List<Exchange.Header> out = new ArrayList<>(headers.size());
        for (Exchange.Header h : headers) {
            out.add(new Exchange.Header(h.name(), redactor.redactHeader(h.name(), h.value())));
        }
        return out;
    }
}
