package dev.tokendoctor.bench;

import dev.tokendoctor.app.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline for the start-up and idle figures: a bare JavaFX stage, measured exactly like the app. */
public final class BareStage extends Application {

    /** Launched from a class that is not the Application, exactly as the app's Launcher does. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareStage.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("bare")), 980, 760);
        stage.setScene(scene);
        stage.show();
        if (!getParameters().getRaw().contains("--stay")) { // scripts/measure-idle.sh keeps it open
            StartupProbe.reportFirstFrame(scene, "bare-stage");
        }
    }
}
