package dev.tokendoctor.hardening;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs one fuzz input with a time bound: a hang is a finding, not a stuck build. */
final class Bounded {

    /**
     * Far above any input's real cost (milliseconds): only a loop that never ends reaches it. The long
     * run on a busy machine sets more ({@code HARDENING_INPUT_SECONDS}): the first inputs pay for class
     * loading and instrumentation.
     */
    static final long SECONDS = Long.getLong("hardening.inputSeconds",
            Long.parseLong(System.getenv().getOrDefault("HARDENING_INPUT_SECONDS", "10")));

    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-input");
        t.setDaemon(true);
        return t;
    });

    private Bounded() {
    }

    static <T> T run(String what, Callable<T> work) {
        Future<T> future = RUNNER.submit(work);
        try {
            return future.get(SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError(what + " did not finish within " + SECONDS + " s (a hang)");
        } catch (ExecutionException e) {
            throw new AssertionError(what + " threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
