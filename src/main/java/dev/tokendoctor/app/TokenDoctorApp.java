package dev.tokendoctor.app;

import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the services from the command line and shows the main window. */
public final class TokenDoctorApp extends Application {

    private AppServices services;

    @Override
    public void start(Stage stage) {
        CommandLine cli = CommandLine.parse(getParameters().getRaw());
        services = AppServices.create(cli, Clock.systemDefaultZone());
        services.show(stage);
        if (cli.measureStartup()) {
            StartupProbe.reportFirstFrame(stage.getScene(), "main-window");
        }
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
