package dev.tokendoctor.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks at start that the data folder can be written, so a read-only or full disk is said at
 * once, not discovered when the fresh tokens of a sign-in fail to save.
 */
public final class DataFolderCheck {

    private DataFolderCheck() {
    }

    /** Why nothing can be written to {@code dataDir} (the failure, in the system's words), or empty when a test file could be written. */
    public static Optional<String> problem(Path dataDir) {
        try {
            SafeFiles.ensureDirectory(dataDir);
            Path probe = Files.createTempFile(dataDir, ".write-check", ".tmp");
            try {
                Files.write(probe, new byte[] {'{', '}'});
            } finally {
                Files.deleteIfExists(probe);
            }
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
