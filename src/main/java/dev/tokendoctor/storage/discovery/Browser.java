package dev.tokendoctor.storage.discovery;

import java.util.List;
import java.util.Locale;

/** The browsers whose localStorage the app can read, with the names their processes run under. */
public enum Browser {
    CHROME("Chrome", true, List.of("chrome", "google-chrome", "google chrome", "chrome.exe")),
    CHROMIUM("Chromium", true, List.of("chromium", "chromium-browser", "chromium.exe")),
    EDGE("Edge", true, List.of("msedge", "microsoft edge", "msedge.exe", "microsoft-edge")),
    BRAVE("Brave", true, List.of("brave", "brave browser", "brave.exe", "brave-browser")),
    FIREFOX("Firefox", false, List.of("firefox", "firefox-esr", "firefox-bin", "firefox.exe"));

    private final String displayName;
    private final boolean chromiumFamily;
    private final List<String> processNames;

    Browser(String displayName, boolean chromiumFamily, List<String> processNames) {
        this.displayName = displayName;
        this.chromiumFamily = chromiumFamily;
        this.processNames = processNames;
    }

    public String displayName() {
        return displayName;
    }

    public boolean chromiumFamily() {
        return chromiumFamily;
    }

    /** Whether an executable's file name (any case, with or without {@code .exe}) is this browser's. */
    public boolean matchesProcess(String executableName) {
        String name = executableName.toLowerCase(Locale.ROOT);
        return processNames.contains(name);
    }
}
