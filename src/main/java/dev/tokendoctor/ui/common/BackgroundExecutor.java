package dev.tokendoctor.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam for background work: view models submit work here and get their callbacks on the
 * UI thread. Tests use {@link #sameThread()}, which runs everything at once on the caller.
 */
public interface BackgroundExecutor {

    /** Runs {@code work} off the UI thread; exactly one callback follows, on the UI thread. */
    <T> Cancellable submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** A handle to stop work that has not finished; its callbacks are then not delivered. */
    interface Cancellable {
        void cancel();

        boolean cancelled();

        /** A handle for work that is already over: nothing left to cancel; {@code cancelled} says whether it was dropped. */
        static Cancellable over(boolean cancelled) {
            return new Cancellable() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean cancelled() {
                    return cancelled;
                }
            };
        }
    }

    static BackgroundExecutor sameThread() {
        return new BackgroundExecutor() {
            @Override
            public <T> Cancellable submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
                return Cancellable.over(false);
            }
        };
    }
}
