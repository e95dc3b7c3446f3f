package dev.tokendoctor.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The operating system's per-user folder for the app's own files. */
public final class DataDirectory {

    static final String NAME = "coze-token-doctor";

    /** Linux: {@code $XDG_DATA_HOME} or {@code ~/.local/share}; macOS: Application Support; Windows: {@code %APPDATA%}. */
    public static Path defaultFor(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("CozeTokenDoctor");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Coze Token Doctor");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve(NAME);
    }

    /** The app's log files ({@code logs/} in the data folder), for the log and for Settings to show. */
    public static Path logsOf(Path dataDir) {
        return dataDir.resolve("logs");
    }

    public static Path defaultForThisMachine() {
        return defaultFor(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    private DataDirectory() {
    }
}
