package dev.tokendoctor.storage.discovery;

import dev.tokendoctor.core.i18n.Msg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Tells whether a browser seems to be running, from its lock files and the process list. Looks
 * only: it never opens, locks or removes a browser's lock (taking LevelDB's LOCK even briefly
 * could stop a starting browser from opening its own storage).
 */
public final class RunningDetector {

    private final Supplier<Stream<String>> executableNames;
    private final LongPredicate pidAlive;

    /**
     * @param executableNames the file names of the running processes' executables
     * @param pidAlive        whether a process id of this machine is alive (for stale lock links)
     */
    public RunningDetector(Supplier<Stream<String>> executableNames, LongPredicate pidAlive) {
        this.executableNames = executableNames;
        this.pidAlive = pidAlive;
    }

    public static RunningDetector ofThisMachine() {
        return new RunningDetector(
                () -> ProcessHandle.allProcesses().map(p -> p.info().command().orElse(""))
                        .filter(c -> !c.isEmpty()).map(RunningDetector::fileName),
                pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    /**
     * @param userDataDir Chromium's user data folder (holding {@code SingletonLock} / {@code lockfile});
     *                    for Firefox the profile folder
     * @param profileDir  the profile folder (Firefox keeps {@code lock}, {@code .parentlock} there)
     */
    public BrowserActivity check(Browser browser, Path userDataDir, Path profileDir) {
        List<Msg> evidence = new ArrayList<>();
        boolean sure = false;
        boolean maybe = false;
        if (browser.chromiumFamily()) {
            sure |= liveLink(userDataDir.resolve("SingletonLock"), evidence);
            if (Files.exists(userDataDir.resolve("lockfile"))) {
                evidence.add(Msg.of("storage.running.lockFile", userDataDir.resolve("lockfile").toString()));
                maybe = true;
            }
        } else {
            sure |= liveLink(profileDir.resolve("lock"), evidence);
            for (String name : new String[] {".parentlock", "parent.lock"}) {
                if (Files.exists(profileDir.resolve(name))) {
                    evidence.add(Msg.of("storage.running.lockFile", profileDir.resolve(name).toString()));
                    maybe = true;
                }
            }
        }
        try (Stream<String> names = executableNames.get()) {
            if (names.anyMatch(browser::matchesProcess)) {
                evidence.add(Msg.of("storage.running.process", browser.displayName()));
                sure = true;
            }
        } catch (RuntimeException e) {
            // the process list is a hint; without it the lock files decide
        }
        BrowserActivity.State state = sure ? BrowserActivity.State.RUNNING
                : maybe ? BrowserActivity.State.MAYBE_RUNNING : BrowserActivity.State.NOT_RUNNING;
        return new BrowserActivity(state, evidence);
    }

    /** A lock symlink {@code host-pid} (Chromium) or {@code ip:+pid} (Firefox); stale when the pid is dead. */
    private boolean liveLink(Path link, List<Msg> evidence) {
        if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        long pid = -1;
        try {
            if (Files.isSymbolicLink(link)) {
                String target = Files.readSymbolicLink(link).toString();
                String digits = target.replaceAll("^.*[-+]", "");
                pid = digits.matches("\\d{1,10}") ? Long.parseLong(digits) : -1;
            }
        } catch (IOException | UnsupportedOperationException e) {
            pid = -1;
        }
        if (pid > 0 && !pidAlive.test(pid)) {
            evidence.add(Msg.of("storage.running.staleLock", link.toString()));
            return false;
        }
        evidence.add(Msg.of("storage.running.lockLink", link.toString()));
        return true;
    }

    private static String fileName(String command) {
        int slash = Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\'));
        return command.substring(slash + 1);
    }
}
