package dev.tokendoctor.app;

import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.storage.DataFolderCheck;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.storage.source.FolderSnapshot;
import dev.tokendoctor.ui.status.TokenStatusViewModel;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What a run that died left behind holds secrets: temp files of a killed save (old tokens) and
 * copies of browser stores (other sites' secrets). Removed before anything else reads the folder.
 */
final class DataFolderStart {

    static void clean(FileTokenStore tokenStore, Path dataDir) {
        tokenStore.removeLeftovers();
        FolderSnapshot.removeLeftovers(); // scan copies of a crashed run in the system's temporary folder
        try {
            // later copies go under the app's own folder; a dead run's copies there are deleted now
            FolderSnapshot.useScratchFolder(dataDir.resolve("scans"));
        } catch (IOException e) {
            // then they go to the system's temporary folder, and are still deleted after each scan
        }
    }

    /** Said at once, not found out when fresh tokens fail to save: an unwritable data folder, an unreadable settings file. */
    static void reportProblems(Path dataDir, SettingsStore settingsStore, TokenStatusViewModel status) {
        DataFolderCheck.problem(dataDir).ifPresent(problem ->
                status.problemAtStart(Msg.of("storage.notWritable", dataDir.toString(), problem)));
        settingsStore.problem().ifPresent(problem ->
                status.problemAtStart(Msg.of("settings.malformed", settingsStore.file().toString(), problem)));
    }

    private DataFolderStart() {
    }
}
