package dev.tokendoctor.bench;

import dev.tokendoctor.app.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A second floor for the start-up figure: the least a token status screen needs, in plain JavaFX
 * controls with JavaFX's own stylesheet and nothing of the app's (no services, no view models, no
 * bundles, no stylesheet of ours): five navigation buttons, a headline, a countdown, a lifetime bar,
 * six details, three buttons and a box to paste an error into. Measured like {@link BareStage}.
 */
public final class PlainStatusStage extends Application {

    /** Launched from a class that is not the Application, exactly as the app's Launcher does. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(PlainStatusStage.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        VBox nav = new VBox(6);
        ToggleGroup pages = new ToggleGroup();
        for (String page : new String[] {"Status", "Fix wizard", "Inspector", "Sign-in", "Bundles"}) {
            ToggleButton button = new ToggleButton(page);
            button.setToggleGroup(pages);
            nav.getChildren().add(button);
        }
        Label headline = new Label("Expired: the access token expired 3 minutes ago");
        headline.setStyle("-fx-font-size: 20px; -fx-font-weight: bold");
        Label countdown = new Label("00:03:12");
        countdown.setStyle("-fx-font-size: 36px");
        GridPane details = new GridPane();
        for (int i = 0; i < 6; i++) {
            details.add(new Label("detail " + i), 0, i);
            details.add(new Label("value " + i), 1, i);
        }
        HBox actions = new HBox(8, new Button("Refresh now"), new Button("Re-authorize"), new Button("Support bundle"));
        VBox screen = new VBox(8, headline, countdown, new ProgressBar(0.4), details, actions, new TextArea());
        BorderPane root = new BorderPane(screen);
        root.setLeft(nav);
        Scene scene = new Scene(root, 980, 760);
        stage.setScene(scene);
        stage.show();
        StartupProbe.reportFirstFrame(scene, "plain-status-stage");
    }
}
