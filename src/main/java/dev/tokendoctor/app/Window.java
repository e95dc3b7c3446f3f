package dev.tokendoctor.app;

import java.time.Clock;
import javafx.application.Application;

/** Opens the window. Its own class, so that the launcher's command-line path never links a JavaFX class. */
final class Window {

    /** {@code cli} is {@code args} as the launcher already parsed them. */
    static void open(String[] args, CommandLine cli) {
        rendererSettings();
        TokenDoctorApp.prepare(cli, Clock.systemDefaultZone());
        Application.launch(TokenDoctorApp.class, args);
    }

    /**
     * Read by the toolkit when it starts, so set before the launch; a {@code -D} on the command line wins.
     * Region caching keeps a 2048×1024 texture for styled backgrounds (buttons, cards); with the
     * software renderer (no GPU, e.g. a remote X display) that is an 8 MiB pixel array held for the
     * app's life. This window repaints a few labels a second and little else, so drawing those
     * backgrounds directly costs nothing measurable and keeps the memory (docs/performance.md).
     */
    static void rendererSettings() {
        if (System.getProperty("prism.disableRegionCaching") == null) {
            System.setProperty("prism.disableRegionCaching", "true");
        }
    }

    private Window() {
    }
}
