package dev.tokendoctor.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The app's own token file. Every overwrite and clear keeps a timestamped backup first, named by
 * what made the change; {@link #undo()} puts back only what the user's own destructive action
 * (a clear or an import) replaced, byte for byte, never what a refresh or sign-in replaced: that
 * refresh token is spent. A file that cannot be read as a token record is moved aside, never deleted.
 */
public interface TokenStore {

    /** What replaced or removed the stored tokens. */
    enum Change {
        /** The user imported (pasted, opened, picked) a token: undoable. */
        IMPORT,
        /** The user cleared or deleted the stored tokens: undoable. */
        CLEAR,
        /** The app refreshed: the old refresh token is spent, so not undoable. */
        REFRESH,
        /** A new sign-in: not undoable (the old grant is what the user wanted gone). */
        SIGN_IN;

        public boolean undoable() {
            return this == IMPORT || this == CLEAR;
        }
    }

    /** The backup undo would restore, and the change it undoes. */
    record Undoable(Change change, Path backup) {
    }

    /** Where the tokens live. */
    Path file();

    /** The stored bytes, if any. */
    Optional<byte[]> read() throws IOException;

    /** Replaces the stored tokens with {@code json} (backing up what was there) after a refresh. */
    default void write(byte[] json) throws IOException {
        write(json, Change.REFRESH);
    }

    /** Replaces the stored tokens with {@code json}, backing up what was there under {@code why}. */
    void write(byte[] json, Change why) throws IOException;

    /** What {@link #undo()} would restore: the newest backup, if the user's own action made it. */
    Optional<Undoable> undoable();

    /** Removes the stored tokens, keeping them as a backup. Returns false if nothing was stored. */
    boolean clear() throws IOException;

    /** Restores the {@link #undoable()} backup; false if there is none. */
    boolean undo() throws IOException;

    boolean canUndo();

    /** Newest first. */
    List<Path> backups() throws IOException;

    /** Moves the stored file aside as corrupt and returns where it went. */
    Path quarantine() throws IOException;
}
