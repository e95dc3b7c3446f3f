package dev.tokendoctor.ui.inspector;

import dev.tokendoctor.storage.discovery.BrowserProfile;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.source.StorageSource;
import dev.tokendoctor.storage.tokens.FoundToken;
import java.util.List;

/**
 * One source after a scan, with the tokens found in it.
 *
 * @param profile the browser profile behind a Chromium or Firefox source, else null
 */
record Scanned(StorageSource source, BrowserProfile profile, ScanResult result, List<FoundToken> tokens) {

    Scanned {
        tokens = List.copyOf(tokens);
    }

    /** Which top-level group of the tree this source belongs to. */
    String groupKey() {
        return switch (source.kind()) {
            case APP_STORE, WEBVIEW -> "app";
            case PASTED -> "pasted";
            default -> profile != null ? profile.browser().name() : source.kind().name();
        };
    }
}
