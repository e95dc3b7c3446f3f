package dev.tokendoctor.app;

import dev.tokendoctor.ui.common.BackgroundExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.testfx.util.WaitForAsyncUtils;

/** Work on a real background thread, callbacks on that thread too: for flows that block on another party. */
final class ThreadedExecutor implements BackgroundExecutor {

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CompletableFuture<Void> future = CompletableFuture.runAsync(() -> {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
        });
        return new Cancellable() {
            @Override
            public void cancel() {
                future.cancel(true);
            }

            @Override
            public boolean cancelled() {
                return future.isCancelled();
            }
        };
    }

    static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
