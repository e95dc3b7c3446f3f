package dev.tokendoctor.app;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Runs the app in a JVM of its own (pulses belong to the whole toolkit, so nothing another test
 * left behind may pulse beside it): the Status screen counting down a valid token on the real
 * clock, then counts the pulses and the one-second updates over {@code args[1]} seconds of idle.
 * Prints {@code updates U pulses P most-after-one-update M screen-layouts L every-second [ids]}: the
 * ids of the labels whose text changed more than once, i.e. that tick every second.
 */
final class IdlePulseProbe {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long seconds = Long.parseLong(args[1]);
        long now = Instant.now().getEpochSecond();
        Path token = Files.writeString(dir.resolve("token.json"), "{\"access_token\":\"czu_IdleProbeAccessToken0123456789abcdef\","
                + "\"refresh_token\":\"rt_0123456789\",\"expires_in\":" + (now + 86400) + ",\"obtained_at\":" + (now - 60) + "}");
        AtomicInteger pulses = new AtomicInteger();
        AtomicInteger updates = new AtomicInteger();
        AtomicInteger sinceUpdate = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger screenLayouts = new AtomicInteger();
        AtomicReference<AppServices> app = new AtomicReference<>();
        java.util.Map<javafx.scene.control.Label, String> shown = new java.util.IdentityHashMap<>();
        java.util.Map<javafx.scene.control.Label, Integer> changes = new java.util.IdentityHashMap<>();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.runLater(() -> {
            AppServices services = new AppServices(dir.resolve("data"), Messages.ENGLISH, token, Clock.systemUTC());
            Stage stage = new Stage();
            services.show(stage);
            stage.getScene().addPreLayoutPulseListener(() -> {
                pulses.incrementAndGet();
                most.accumulateAndGet(sinceUpdate.incrementAndGet(), Math::max);
            });
            stage.getScene().addPostLayoutPulseListener(() -> stage.getScene().getRoot().lookupAll(".label").forEach(n -> {
                if (n instanceof javafx.scene.control.Label l && l.isVisible()) {
                    String before = shown.put(l, l.getText());
                    if (before != null && !before.equals(l.getText())) {
                        changes.merge(l, 1, Integer::sum);
                    }
                }
            }));
            // the screen is laid out again only when a request climbs to the root: a ticking label
            // that keeps its size must stay its own layout root (SteadyLabel)
            stage.getScene().getRoot().needsLayoutProperty().addListener((o, was, needs) -> {
                if (needs) {
                    screenLayouts.incrementAndGet();
                }
            });
            services.statusViewModel().countdownProperty().addListener(o -> {
                updates.incrementAndGet();
                sinceUpdate.set(0);
            });
            app.set(services);
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!settled(app.get()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(2000); // the first layout, CSS and the launch scan's results
        int[] before = onFx(() -> {
            most.set(0);
            changes.clear();
            return new int[] {pulses.get(), updates.get(), screenLayouts.get()};
        });
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        int[] after = onFx(() -> new int[] {pulses.get(), updates.get(), most.get(), screenLayouts.get()});
        String everySecond = onFx(() -> changes.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> String.valueOf(e.getKey().getId())).sorted().toList().toString());
        System.out.println("updates " + (after[1] - before[1]) + " pulses " + (after[0] - before[0])
                + " most-after-one-update " + after[2] + " screen-layouts " + (after[3] - before[2]) + " every-second " + everySecond);
        Platform.runLater(() -> {
            app.get().close();
            Platform.exit();
        });
        System.exit(0);
    }

    private static boolean settled(AppServices services) throws Exception {
        return services != null && onFx(() -> services.statusViewModel().health() != null
                && services.statusViewModel().health().state() == HealthState.VALID
                && !services.statusViewModel().busyProperty().get()
                && !services.inspectorViewModel().scanningProperty().get());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(read);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }

    private IdlePulseProbe() {
    }
}
