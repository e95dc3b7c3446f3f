package dev.tokendoctor.app;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.HostServices;

/**
 * Opens the system browser and says whether that worked. {@link HostServices#showDocument} only
 * prints to stderr when it fails, so on Linux the app asks {@code xdg-open} itself and reads its
 * exit code; elsewhere the platform call is trusted. Blocking: call from a background thread.
 */
final class SystemBrowser implements Predicate<URI> {

    private final HostServices host;

    SystemBrowser(HostServices host) {
        this.host = host;
    }

    @Override
    public boolean test(URI uri) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") || os.contains("bsd")) {
            return xdgOpen(uri);
        }
        try {
            host.showDocument(uri.toString());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean xdgOpen(URI uri) {
        try {
            Process p = new ProcessBuilder(List.of("xdg-open", uri.toString())).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // xdg-open exits non-zero when nothing can open the address; when it is still running
            // after a few seconds it has become the browser itself (a browser started in the foreground)
            return !p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() == 0;
        } catch (IOException e) {
            return false; // no xdg-open: no desktop to open a browser on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
