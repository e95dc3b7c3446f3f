package dev.tokendoctor.storage.source;

import dev.tokendoctor.core.i18n.Msg;
import java.nio.file.Path;

/**
 * A problem found while scanning: which file, what kind, and a sentence for the user.
 * Messages carry file names, offsets and keys, never values.
 *
 * @param file    the browser's file (not the private copy); null when the problem is not about one file
 * @param origin  the origin concerned, or null
 * @param key     the key concerned, or null
 */
public record ScanError(Path file, String origin, String key, Problem problem, Msg message) {

    /** What went wrong. */
    public enum Problem {
        NOT_FOUND, UNREADABLE, MISSING_CURRENT, BAD_CHECKSUM, BAD_COMPRESSION, TRUNCATED, CORRUPT,
        NOT_A_DATABASE, INVALID_TEXT, VALUE_TOO_LARGE, CANCELLED,
        /** Live LevelDB tables are gone: the rest was read, so entries may be missing or deleted ones show again. */
        MISSING_TABLES;

        /** The bundle key of this problem's sentence: {@code storage.error.<name>}. */
        public String messageKey() {
            return "storage.error." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An error about a file; {@code detail} is a short technical reason (no secrets). */
    public static ScanError of(Path file, Problem problem, String detail) {
        return new ScanError(file, null, null, problem, Msg.of(problem.messageKey(), name(file), detail));
    }

    /** An error about one key of one origin. */
    public static ScanError ofKey(Path file, String origin, String key, Problem problem, String detail) {
        return new ScanError(file, origin, key, problem,
                Msg.of(problem.messageKey(), name(file) + " (" + origin + " / " + key + ")", detail));
    }

    private static String name(Path file) {
        return file == null ? "" : file.toString();
    }
}
