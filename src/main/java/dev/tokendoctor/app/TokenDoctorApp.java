package dev.tokendoctor.app;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application. The services (settings and store reads included) are built on a thread
 * of their own while the toolkit starts ({@link #prepare}), so the FX thread only builds and shows
 * the window; {@link #init()} waits for them.
 */
public final class TokenDoctorApp extends Application {

    /** Services being built for the next launch; JavaFX makes the Application itself, so it is handed over here. */
    private static final AtomicReference<FutureTask<AppServices>> PREPARED = new AtomicReference<>();

    private AppServices services;
    private CommandLine cli;
    private List<Image> icons;

    /**
     * Starts building the services before {@code Application.launch}: the toolkit's start (GTK, fonts,
     * the FX thread) leaves a core idle for about a third of a second, and the data folder's reads fit in it.
     */
    static void prepare(CommandLine cli, Clock clock) {
        FutureTask<AppServices> task = new FutureTask<>(() -> AppServices.create(cli, clock));
        Thread builder = new Thread(task, "tokendoctor-start");
        builder.setDaemon(true);
        builder.start();
        PREPARED.set(task);
    }

    @Override
    public void init() throws Exception {
        cli = CommandLine.parse(getParameters().getRaw());
        AppLook.loadCjkFontIfMissing();
        icons = AppLook.icons(); // decoded here, not on the FX thread on the way to the first frame
        FutureTask<AppServices> prepared = PREPARED.getAndSet(null);
        services = prepared == null ? AppServices.create(cli, Clock.systemDefaultZone()) : built(prepared);
    }

    private static AppServices built(FutureTask<AppServices> prepared) throws Exception {
        try {
            return prepared.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e; // the launcher reports it as before
        }
    }

    @Override
    public void start(Stage stage) {
        stage.getIcons().setAll(icons);
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
