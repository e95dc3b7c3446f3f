package dev.tokendoctor.storage.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.storage.BrowserFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileDiscoveryTest {

    @TempDir
    Path home;

    static final RunningDetector NOTHING_RUNS = new RunningDetector(Stream::empty, pid -> false);

    static ProfileDiscovery on(String os, Map<String, String> env, Path home, RunningDetector detector) {
        return new ProfileDiscovery(os, env, home, detector);
    }

    @Test
    void linuxFindsEveryChromiumProfileWithLocalStorageAndEveryFirefoxProfile() throws Exception {
        BrowserFixtures.copy(BrowserFixtures.CHROMIUM_USER_DATA, home.resolve(".config/chromium"));
        Files.createDirectories(home.resolve(".config/chromium/Profile 2")); // never stored anything
        BrowserFixtures.copy(BrowserFixtures.CHROMIUM_USER_DATA.resolve("Default"), home.resolve(".config/google-chrome/Default"));
        BrowserFixtures.copy(BrowserFixtures.FIREFOX_ROOT, home.resolve(".mozilla/firefox"));

        List<BrowserProfile> found = on("Linux", Map.of(), home, NOTHING_RUNS).discover(List.of());

        assertThat(found).extracting(BrowserProfile::displayName).containsExactly(
                "Chrome — Default", "Chromium — Default", "Chromium — Profile 1", "Firefox — default-release");
        assertThat(found).allSatisfy(p -> {
            assertThat(p.activity().state()).isEqualTo(BrowserActivity.State.NOT_RUNNING);
            assertThat(p.userAdded()).isFalse();
        });
        assertThat(found.get(3).storeDir()).isEqualTo(home.resolve(".mozilla/firefox/Profiles/fixture.default-release"));
        assertThat(found.get(1).source().scan().entries()).isNotEmpty();
        assertThat(found.get(3).source().scan().entries()).isNotEmpty();
    }

    @Test
    void windowsAndMacUseTheirOwnPlaces() throws Exception {
        Path local = home.resolve("AppData/Local");
        BrowserFixtures.copy(BrowserFixtures.CHROMIUM_USER_DATA.resolve("Default"), local.resolve("Microsoft/Edge/User Data/Default"));
        BrowserFixtures.copy(BrowserFixtures.FIREFOX_ROOT, home.resolve("Roaming/Mozilla/Firefox"));
        List<BrowserProfile> windows = on("Windows 11", Map.of("LOCALAPPDATA", local.toString(),
                "APPDATA", home.resolve("Roaming").toString()), home, NOTHING_RUNS).discover(List.of());
        assertThat(windows).extracting(BrowserProfile::displayName).containsExactly("Edge — Default", "Firefox — default-release");

        Path mac = Files.createDirectories(home.resolve("mac"));
        BrowserFixtures.copy(BrowserFixtures.CHROMIUM_USER_DATA.resolve("Profile 1"),
                mac.resolve("Library/Application Support/BraveSoftware/Brave-Browser/Profile 1"));
        assertThat(on("Mac OS X", Map.of(), mac, NOTHING_RUNS).discover(List.of()))
                .extracting(BrowserProfile::displayName).containsExactly("Brave — Profile 1");
    }

    @Test
    void userFoldersMayBeAUserDataDirAProfileOrAStoreItself() {
        List<BrowserProfile> found = on("Linux", Map.of(), home, NOTHING_RUNS).discover(List.of(
                BrowserFixtures.CHROMIUM_USER_DATA, BrowserFixtures.CHROMIUM_COMPACTED, BrowserFixtures.FIREFOX_PROFILE));

        assertThat(found).extracting(BrowserProfile::name).containsExactly("Default", "Profile 1", "leveldb",
                "fixture.default-release");
        assertThat(found).allMatch(BrowserProfile::userAdded);
    }

    @Test
    void aLiveLockOrAProcessSaysRunningAndAStaleLockDoesNot() throws Exception {
        Path userData = BrowserFixtures.copy(BrowserFixtures.CHROMIUM_USER_DATA, home.resolve(".config/chromium"));
        Files.createSymbolicLink(userData.resolve("SingletonLock"), Path.of("myhost-4242"));

        RunningDetector alive = new RunningDetector(Stream::empty, pid -> pid == 4242);
        RunningDetector dead = new RunningDetector(Stream::empty, pid -> false);
        RunningDetector process = new RunningDetector(() -> Stream.of("bash", "chromium"), pid -> false);

        assertThat(alive.check(Browser.CHROMIUM, userData, userData.resolve("Default")).state())
                .isEqualTo(BrowserActivity.State.RUNNING);
        BrowserActivity stale = dead.check(Browser.CHROMIUM, userData, userData.resolve("Default"));
        assertThat(stale.state()).isEqualTo(BrowserActivity.State.NOT_RUNNING);
        assertThat(stale.evidence()).extracting(m -> m.key()).containsExactly("storage.running.staleLock");
        assertThat(process.check(Browser.CHROMIUM, userData, userData.resolve("Default")).evidence())
                .extracting(m -> m.key()).contains("storage.running.process");
        assertThat(process.check(Browser.CHROME, userData, userData.resolve("Default")).running()).isFalse();

        Path firefox = Files.createDirectories(home.resolve("ff"));
        Files.createFile(firefox.resolve(".parentlock"));
        assertThat(dead.check(Browser.FIREFOX, firefox, firefox).state()).isEqualTo(BrowserActivity.State.MAYBE_RUNNING);
        assertThat(new RunningDetector(() -> Stream.of("firefox-esr"), pid -> false).check(Browser.FIREFOX, firefox, firefox)
                .running()).isTrue();
    }
}
