package dev.tokendoctor.bench;

import dev.tokendoctor.app.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for the start-up and idle figures: a bare JavaFX stage, measured exactly like the
 * app. With {@code --tick} one label changes once a second, the floor of a live countdown.
 */
public final class BareStage extends Application {

    /** Launched from a class that is not the Application, exactly as the app's Launcher does. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareStage.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Label label = new Label("bare");
        Scene scene = new Scene(new StackPane(label), 980, 760);
        stage.setScene(scene);
        stage.show();
        if (getParameters().getRaw().contains("--tick")) {
            // the floor of a once-a-second countdown: one label set every second, nothing else
            java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "bare-tick");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(() -> javafx.application.Platform.runLater(
                    () -> label.setText(java.time.LocalTime.now().withNano(0).toString())), 1, 1, java.util.concurrent.TimeUnit.SECONDS);
        }
        if (!getParameters().getRaw().contains("--stay")) { // scripts/measure-idle.sh keeps it open
            StartupProbe.reportFirstFrame(scene, "bare-stage");
        }
    }
}
