package dev.tokendoctor.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The app's own token file. Every overwrite and clear keeps a timestamped backup first;
 * {@link #undo()} puts the newest backup back byte for byte. A file that cannot be read as a
 * token record is moved aside, never deleted.
 */
public interface TokenStore {

    /** Where the tokens live. */
    Path file();

    /** The stored bytes, if any. */
    Optional<byte[]> read() throws IOException;

    /** Replaces the stored tokens with {@code json} (backing up what was there). */
    void write(byte[] json) throws IOException;

    /** Removes the stored tokens, keeping them as a backup. Returns false if nothing was stored. */
    boolean clear() throws IOException;

    /** Restores the newest backup; false if there is none. */
    boolean undo() throws IOException;

    boolean canUndo();

    /** Newest first. */
    List<Path> backups() throws IOException;

    /** Moves the stored file aside as corrupt and returns where it went. */
    Path quarantine() throws IOException;
}
