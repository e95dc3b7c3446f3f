package dev.tokendoctor.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A spinner with a label on standard error while something waits, only on a terminal (a pipe or
 * a log file gets no control characters). Stops, and wipes its line, when closed.
 */
final class Spinner implements AutoCloseable {

    private static final String FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
    private final Terminal terminal;
    private final ScheduledExecutorService timer;
    private volatile String label = "";
    private int frame;

    Spinner(Terminal terminal) {
        this.terminal = terminal;
        if (terminal.interactive()) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "cli-spinner");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleAtFixedRate(this::draw, 0, 120, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    void label(String text) {
        label = text;
    }

    private synchronized void draw() {
        frame = (frame + 1) % FRAMES.length();
        terminal.err().print("\r\u001b[K" + FRAMES.charAt(frame) + " " + label);
        terminal.err().flush();
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            terminal.err().print("\r\u001b[K");
            terminal.err().flush();
        }
    }
}
