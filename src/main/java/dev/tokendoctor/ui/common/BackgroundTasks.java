package dev.tokendoctor.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A view model's background work and its {@code busy} flag: busy while ANY task runs, counted,
 * so two overlapping tasks do not clear it when the first one ends. Callbacks arrive as the
 * {@link BackgroundExecutor} delivers them (on the UI thread); a cancelled task stops counting.
 */
public final class BackgroundTasks {

    private static final System.Logger LOG = System.getLogger(BackgroundTasks.class.getName());
    private final BackgroundExecutor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    public BackgroundTasks(BackgroundExecutor executor) {
        this.executor = executor;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean busy() {
        return busy.get();
    }

    /** Runs {@code work} off the UI thread; busy until it (and every other task) has ended. */
    public <T> BackgroundExecutor.Cancellable run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        boolean[] ended = new boolean[1];
        Runnable end = () -> {
            if (!ended[0]) {
                ended[0] = true;
                running--;
                busy.set(running > 0);
            }
        };
        running++;
        busy.set(true);
        BackgroundExecutor.Cancellable task = executor.submit(work, r -> {
            end.run();
            done.accept(r);
        }, e -> {
            end.run();
            LOG.log(System.Logger.Level.WARNING, "background work failed", e); // the user sees a sentence; the log keeps the cause
            failed.accept(e);
        });
        return new BackgroundExecutor.Cancellable() {
            @Override
            public void cancel() {
                task.cancel();
                end.run();
            }

            @Override
            public boolean cancelled() {
                return task.cancelled();
            }
        };
    }
}
