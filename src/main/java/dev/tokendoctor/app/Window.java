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
     * <ul>
     * <li>Region caching keeps a 2048×1024 texture for styled backgrounds (buttons, cards); with the
     * software renderer (no GPU, e.g. a remote X display) that is an 8 MiB pixel array held for the
     * app's life. This window repaints a few labels a second and little else, so drawing those
     * backgrounds directly costs nothing measurable and keeps the memory.</li>
     * <li>The pulse: JavaFX wakes its UI thread 60 times a second, for ever, even
     * when nothing moves (on Linux a GTK timeout that calls into Java each time). At the default 60
     * these wake-ups alone cost about 0.6 % of a core while the window sits still. This window draws
     * text, a progress bar, a spinner and a sign-in page; at 30 a frame is at most 33 ms after an
     * input instead of 17 ms, and an idle window costs half as much. JavaFX prints one line,
     * "Setting PULSE_DURATION to 30 hz", on the standard error when it starts.</li>
     * </ul>
     * Both are measured in docs/performance.md.
     */
    static void rendererSettings() {
        if (System.getProperty("prism.disableRegionCaching") == null) {
            System.setProperty("prism.disableRegionCaching", "true");
        }
        if (System.getProperty(PULSE_PROPERTY) == null) {
            System.setProperty(PULSE_PROPERTY, Integer.toString(PULSE_HZ));
        }
    }

    /** JavaFX's own name for the pulse rate, in frames a second. */
    static final String PULSE_PROPERTY = "javafx.animation.pulse";
    static final int PULSE_HZ = 30;

    private Window() {
    }
}
