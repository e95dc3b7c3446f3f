package dev.tokendoctor.storage.source;

/** Told how far a scan is, in bytes of the files read so far; called from the scanning thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    /** {@code total} may grow while a scan discovers files; it is never below {@code done}. */
    void progress(long done, long total);
}
