package dev.tokendoctor.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Owner-only, atomic file writes: a temp file beside the target, synced, then moved over it. A temp
 * file's name carries the writing process's id, so one left by a killed save (it may hold old
 * secrets) is recognised and removed at the next start, and one of a living process is left alone.
 */
public final class SafeFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final String TEMP_SUFFIX = ".tmp";
    /** {@code .<target>.<pid>.<random>.tmp}. */
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.(\\d{1,18})\\.\\d+\\.tmp");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    /** Creates the folder (and parents) readable by its owner only. */
    public static Path ensureDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            if (POSIX) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            } else {
                Files.createDirectories(dir);
            }
        }
        return dir;
    }

    /** Replaces {@code target} with {@code bytes} so that a reader sees the old or the new file, never half. */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        ensureDirectory(target.toAbsolutePath().getParent());
        String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
        Path temp = POSIX
                ? Files.createTempFile(target.getParent(), prefix, TEMP_SUFFIX, ownerOnly())
                : Files.createTempFile(target.getParent(), prefix, TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            restrict(target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies a file so that {@code target} is whole or absent, never empty or half (a backup undo may restore). */
    public static void copyAtomically(Path source, Path target) throws IOException {
        writeAtomically(target, Files.readAllBytes(source));
    }

    /**
     * Removes the temp files killed saves left in {@code folder}: those of processes no longer running
     * (and this one's, which has nothing in flight when it calls this at start). Returns how many.
     */
    public static int removeLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*" + TEMP_SUFFIX)) {
            for (Path file : files) {
                Matcher m = TEMP_NAME.matcher(file.getFileName().toString());
                long pid = m.matches() ? Long.parseLong(m.group(1)) : -1;
                boolean alive = pid >= 0 && pid != ProcessHandle.current().pid()
                        && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // best effort: a folder we cannot list holds nothing we could remove either
        }
        return removed;
    }

    /** Makes an existing file owner-only (no-op where the file system has no POSIX permissions). */
    public static void restrict(Path file) throws IOException {
        if (POSIX && Files.exists(file)) {
            Files.setPosixFilePermissions(file, OWNER_FILE);
        }
    }

    public static boolean posix() {
        return POSIX;
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_FILE);
    }

    private SafeFiles() {
    }
}
