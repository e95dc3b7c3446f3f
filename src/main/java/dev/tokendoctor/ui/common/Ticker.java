package dev.tokendoctor.ui.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The app's once-a-second tick: one daemon scheduler thread hands the FX thread one update a
 * second (at the turn of the wall-clock second, so a countdown changes in step with the clock).
 * Not a {@code Timeline}: a running animation keeps JavaFX pulsing about 60 times a second even
 * when its key frame is a second long; between these ticks nothing runs at all.
 */
public final class Ticker implements AutoCloseable {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tokendoctor-ticker");
        t.setDaemon(true);
        return t;
    });
    private final Runnable everySecond;
    private final Consumer<Runnable> uiThread;
    /** A tick still waiting for the UI thread is not queued twice (a busy UI thread catches up once). */
    private final AtomicBoolean waiting = new AtomicBoolean();

    /** @param uiThread how to run on the UI thread ({@code Platform::runLater}) */
    public Ticker(Runnable everySecond, Consumer<Runnable> uiThread) {
        this.everySecond = everySecond;
        this.uiThread = uiThread;
    }

    /** Ticks on the FX thread. */
    public Ticker(Runnable everySecond) {
        this(everySecond, javafx.application.Platform::runLater);
    }

    public void start() {
        long toNextSecond = 1000 - System.currentTimeMillis() % 1000;
        scheduler.scheduleAtFixedRate(this::tick, toNextSecond + 5, 1000, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        if (waiting.compareAndSet(false, true)) {
            uiThread.accept(() -> {
                waiting.set(false);
                everySecond.run();
            });
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
