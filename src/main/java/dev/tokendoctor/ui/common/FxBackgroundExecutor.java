package dev.tokendoctor.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Named daemon threads for work; callbacks through {@link Platform#runLater}. */
public final class FxBackgroundExecutor implements BackgroundExecutor, AutoCloseable {

    private final ExecutorService pool;

    public FxBackgroundExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "doctor-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future;
        try {
            future = pool.submit(() -> run(work, onSuccess, onFailure, cancelled));
        } catch (RejectedExecutionException closing) {
            // the window is closing: a follow-up (e.g. a launch scan's next store) has nowhere to report to
            return Cancellable.over(true);
        }
        return new Cancellable() {
            @Override
            public void cancel() {
                cancelled.set(true);
                future.cancel(true);
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
    }

    private static <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, AtomicBoolean cancelled) {
        try {
            T result = work.call();
            Platform.runLater(() -> {
                if (!cancelled.get()) {
                    onSuccess.accept(result);
                }
            });
        } catch (Exception | Error e) {
            Platform.runLater(() -> {
                if (!cancelled.get()) {
                    onFailure.accept(e);
                }
            });
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
