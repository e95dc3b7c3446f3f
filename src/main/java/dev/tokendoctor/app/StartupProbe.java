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
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private StartupProbe() {
    }
}
