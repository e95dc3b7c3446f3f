package dev.tokendoctor.app;

import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. The services (settings and store reads included) are built in
 * {@link #init()}, on the launcher thread, so the FX thread only builds and shows the window.
 */
public final class TokenDoctorApp extends Application {

    private AppServices services;
    private CommandLine cli;

    @Override
    public void init() {
        cli = CommandLine.parse(getParameters().getRaw());
        AppLook.loadCjkFontIfMissing();
        services = AppServices.create(cli, Clock.systemDefaultZone());
    }

    @Override
    public void start(Stage stage) {
        AppLook.setIcons(stage);
        services.useBrowser(new SystemBrowser(getHostServices()));
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
