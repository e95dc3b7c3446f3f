package dev.tokendoctor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Work handed over while the app closes is dropped quietly (it printed a RejectedExecutionException at exit). */
class FxBackgroundExecutorTest {

    @Test
    void workSubmittedAfterCloseIsDroppedAsCancelled() {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(1);
        executor.close();
        AtomicBoolean ran = new AtomicBoolean();
        BackgroundExecutor.Cancellable task = executor.submit(() -> {
            ran.set(true);
            return 1;
        }, r -> ran.set(true), e -> ran.set(true));
        assertThat(task.cancelled()).isTrue();
        task.cancel();
        assertThat(ran).isFalse();
    }
}
