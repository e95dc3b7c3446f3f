package dev.tokendoctor.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One refresh at a time per data folder, across processes: two app windows, or the app and the
 * command line, must never both spend the same refresh token (Coze rotates it: the second use
 * fails and may revoke the new one). An OS file lock on {@code <data dir>/refresh.lock}, plus an
 * in-process lock because a JVM cannot hold two locks on one file. Whoever gets the lock second
 * must re-read the store before spending anything.
 */
public final class RefreshLock {

    /** Work done while holding the lock. */
    @FunctionalInterface
    public interface Locked<T> {
        T run() throws IOException;
    }

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;

    public RefreshLock(Path dataDir) {
        this.file = dataDir.toAbsolutePath().normalize().resolve("refresh.lock");
    }

    /** Runs {@code work} holding the data folder's refresh lock; blocks until it is free. */
    public <T> T exclusively(Locked<T> work) throws IOException {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try {
            SafeFiles.ensureDirectory(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return work.run();
            }
        } finally {
            local.unlock();
        }
    }
}
