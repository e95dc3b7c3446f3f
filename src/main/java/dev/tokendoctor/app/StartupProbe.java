package dev.tokendoctor.app;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Prints the time from process start to the first frame of a scene, then exits. Used by
 * {@code scripts/measure-startup.sh} for the app and for a bare stage, measured the same way.
 */
public final class StartupProbe {

    public static void reportFirstFrame(Scene scene, String label) {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // The post-layout pulse precedes the render of the same pulse; the next runLater runs after it.
            Platform.runLater(() -> {
                long ms = Duration.between(started, Instant.now()).toMillis();
                System.out.println("first-frame-ms " + label + " " + ms);
                long cpu = cpuMillis();
                if (cpu >= 0) {
                    System.out.println("first-frame-cpu-ms " + label + " " + cpu);
                }
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /**
     * CPU time of this process so far (all threads), from Linux's /proc; -1 elsewhere. On a loaded
     * machine wall time mostly measures the wait for a core; CPU time measures the work.
     */
    static long cpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime, stime in 1/100 s
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private StartupProbe() {
    }
}
