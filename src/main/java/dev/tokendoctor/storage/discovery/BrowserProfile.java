package dev.tokendoctor.storage.discovery;

import dev.tokendoctor.storage.chromium.ChromiumStorageSource;
import dev.tokendoctor.storage.source.StorageSource;
import dev.tokendoctor.storage.sqlite.FirefoxStorageSource;
import java.nio.file.Path;

/**
 * One browser profile with localStorage on disk.
 *
 * @param browser     which browser
 * @param name        the profile's name ({@code Default}, {@code Profile 1}, Firefox's {@code default-release})
 * @param profileDir  the profile folder
 * @param storeDir    Chromium: the {@code Local Storage/leveldb} folder; Firefox: the profile folder
 * @param activity    whether the browser seems to be running on it
 * @param userAdded   found in a folder the user pointed at, not in the browser's standard place
 */
public record BrowserProfile(Browser browser, String name, Path profileDir, Path storeDir, BrowserActivity activity,
                             boolean userAdded) {

    public String displayName() {
        return browser.displayName() + " — " + name;
    }

    /** A read-only source over this profile's localStorage. */
    public StorageSource source() {
        return browser.chromiumFamily()
                ? new ChromiumStorageSource(displayName(), storeDir)
                : new FirefoxStorageSource(displayName(), storeDir);
    }
}
