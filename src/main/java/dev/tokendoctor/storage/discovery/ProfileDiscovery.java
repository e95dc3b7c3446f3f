package dev.tokendoctor.storage.discovery;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds browser profiles with localStorage on disk: every profile of Chrome, Chromium, Edge and
 * Brave that has {@code Local Storage/leveldb} (not only {@code Default}), and every Firefox
 * profile listed in {@code profiles.ini}, in the standard places of Linux, macOS and Windows,
 * plus folders the user points at. The OS name, environment and home are parameters, so tests
 * run on fake homes.
 */
public final class ProfileDiscovery {

    private final String os;
    private final Map<String, String> env;
    private final Path home;
    private final RunningDetector detector;

    public ProfileDiscovery(String osName, Map<String, String> env, Path home, RunningDetector detector) {
        this.os = osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.home = home;
        this.detector = detector;
    }

    public static ProfileDiscovery ofThisMachine() {
        return new ProfileDiscovery(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")), RunningDetector.ofThisMachine());
    }

    /** Every profile found, standard places first, then those under {@code userFolders}. */
    public List<BrowserProfile> discover(List<Path> userFolders) {
        List<BrowserProfile> found = new ArrayList<>();
        for (Map.Entry<Path, Browser> root : chromiumRoots().entrySet()) {
            found.addAll(chromiumProfiles(root.getValue(), root.getKey(), false));
        }
        for (Path root : firefoxRoots()) {
            found.addAll(firefoxProfiles(root, false));
        }
        for (Path folder : userFolders) {
            found.addAll(inUserFolder(folder));
        }
        return found;
    }

    /** Chromium-family user data folders, per OS. */
    Map<Path, Browser> chromiumRoots() {
        Map<Path, Browser> roots = new LinkedHashMap<>();
        if (os.contains("win")) {
            Path local = envPath("LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            roots.put(local.resolve("Google/Chrome/User Data"), Browser.CHROME);
            roots.put(local.resolve("Chromium/User Data"), Browser.CHROMIUM);
            roots.put(local.resolve("Microsoft/Edge/User Data"), Browser.EDGE);
            roots.put(local.resolve("BraveSoftware/Brave-Browser/User Data"), Browser.BRAVE);
        } else if (os.contains("mac")) {
            Path support = home.resolve("Library/Application Support");
            roots.put(support.resolve("Google/Chrome"), Browser.CHROME);
            roots.put(support.resolve("Chromium"), Browser.CHROMIUM);
            roots.put(support.resolve("Microsoft Edge"), Browser.EDGE);
            roots.put(support.resolve("BraveSoftware/Brave-Browser"), Browser.BRAVE);
        } else {
            Path config = envPath("XDG_CONFIG_HOME", home.resolve(".config"));
            roots.put(config.resolve("google-chrome"), Browser.CHROME);
            roots.put(config.resolve("chromium"), Browser.CHROMIUM);
            roots.put(home.resolve("snap/chromium/common/chromium"), Browser.CHROMIUM);
            roots.put(config.resolve("microsoft-edge"), Browser.EDGE);
            roots.put(config.resolve("BraveSoftware/Brave-Browser"), Browser.BRAVE);
        }
        return roots;
    }

    /** Folders holding Firefox's {@code profiles.ini}, per OS. */
    List<Path> firefoxRoots() {
        if (os.contains("win")) {
            return List.of(envPath("APPDATA", home.resolve("AppData").resolve("Roaming")).resolve("Mozilla/Firefox"));
        }
        if (os.contains("mac")) {
            return List.of(home.resolve("Library/Application Support/Firefox"));
        }
        return List.of(home.resolve(".mozilla/firefox"), home.resolve("snap/firefox/common/.mozilla/firefox"));
    }

    private List<BrowserProfile> chromiumProfiles(Browser browser, Path userData, boolean userAdded) {
        List<BrowserProfile> profiles = new ArrayList<>();
        if (!Files.isDirectory(userData)) {
            return profiles;
        }
        List<Path> dirs = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(userData, Files::isDirectory)) {
            children.forEach(dirs::add);
        } catch (IOException e) {
            return profiles;
        }
        dirs.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path dir : dirs) {
            Path store = dir.resolve("Local Storage").resolve("leveldb");
            if (Files.isDirectory(store)) {
                profiles.add(new BrowserProfile(browser, dir.getFileName().toString(), dir, store,
                        detector.check(browser, userData, dir), userAdded));
            }
        }
        return profiles;
    }

    private List<BrowserProfile> firefoxProfiles(Path root, boolean userAdded) {
        List<BrowserProfile> profiles = new ArrayList<>();
        for (ProfilesIni.Entry entry : ProfilesIni.read(root.resolve("profiles.ini"))) {
            Path dir = entry.relative() ? root.resolve(entry.path()) : Path.of(entry.path());
            if (Files.isDirectory(dir)) {
                profiles.add(new BrowserProfile(Browser.FIREFOX, entry.name(), dir, dir,
                        detector.check(Browser.FIREFOX, dir, dir), userAdded));
            }
        }
        return profiles;
    }

    /** A folder the user chose: a user data folder, a profile, a leveldb folder, a Firefox root or profile. */
    private List<BrowserProfile> inUserFolder(Path folder) {
        Browser chromium = Browser.CHROMIUM;
        if (Files.isRegularFile(folder.resolve("profiles.ini"))) {
            return firefoxProfiles(folder, true);
        }
        if (Files.isDirectory(folder.resolve("storage/default")) || Files.isRegularFile(folder.resolve("webappsstore.sqlite"))) {
            return List.of(new BrowserProfile(Browser.FIREFOX, name(folder), folder, folder,
                    detector.check(Browser.FIREFOX, folder, folder), true));
        }
        if (Files.isDirectory(folder.resolve("Local Storage/leveldb"))) {
            return List.of(new BrowserProfile(chromium, name(folder), folder, folder.resolve("Local Storage/leveldb"),
                    detector.check(chromium, folder.getParent() == null ? folder : folder.getParent(), folder), true));
        }
        if (Files.isRegularFile(folder.resolve("CURRENT")) || looksLikeLevelDb(folder)) {
            return List.of(new BrowserProfile(chromium, name(folder), folder, folder,
                    new BrowserActivity(BrowserActivity.State.NOT_RUNNING, List.of()), true));
        }
        return chromiumProfiles(chromium, folder, true);
    }

    private static boolean looksLikeLevelDb(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{ldb,log}")) {
            return files.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static String name(Path folder) {
        return folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    }

    private Path envPath(String variable, Path fallback) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
