package dev.tokendoctor.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.testing.MemoryClipboard;
import dev.tokendoctor.testing.MutableClock;
import dev.tokendoctor.testing.RecordingDialogs;
import dev.tokendoctor.testing.RecordingNotifier;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, under the hood: {@code busy} is counted over overlapping background tasks
 * (ui/common/BackgroundTasks), so the first one to end does not clear it while another runs.
 * The executor here runs the work at once but delivers each callback only when the test says.
 */
class BusyWhileAnyTaskRunsTest {

    @TempDir
    Path dir;

    /** Runs work at once; holds each callback until {@link #deliverOldest()}. */
    static final class HeldCallbacks implements BackgroundExecutor {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> Cancellable submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                T result = work.call();
                held.add(() -> onSuccess.accept(result));
            } catch (Exception e) {
                held.add(() -> onFailure.accept(e));
            }
            return BackgroundExecutor.sameThread().submit(() -> null, r -> { }, e -> { });
        }

        void deliverOldest() {
            held.removeFirst().run();
        }
    }

    @Test
    void busyStaysOnUntilTheLastOfTwoOverlappingTasksEnds() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
        TokenParser parser = new TokenParser(clock);
        HeldCallbacks executor = new HeldCallbacks();
        TokenStatusViewModel vm = new TokenStatusViewModel(new StoredTokens(new FileTokenStore(dir, clock), parser), parser,
                () -> new HealthEvaluator(HealthPolicy.DEFAULT), clock, executor, new RecordingDialogs(),
                new RecordingNotifier(), new MemoryClipboard(), new Messages(Messages.ENGLISH));

        vm.loadStored();
        vm.importText("{\"access_token\":\"czu_busyCountAccess0123456789abcdef\",\"expires_in\":" + (clock.instant().getEpochSecond() + 900) + "}",
                Msg.of("source.paste"));
        assertThat(vm.busyProperty().get()).isTrue();

        executor.deliverOldest();
        assertThat(vm.busyProperty().get()).as("one task still runs").isTrue();
        executor.deliverOldest();
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
