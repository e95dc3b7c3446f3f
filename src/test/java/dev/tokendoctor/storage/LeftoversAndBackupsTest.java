package dev.tokendoctor.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 6: killed saves left {@code *.tmp} files holding old secrets; the backup copy was
 * not atomic; backups were never pruned (at 20,000, a save took 19.5 ms and canUndo 84 ms).
 */
class LeftoversAndBackupsTest {

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));

    @Test
    void tempFilesOfDeadWritersAreRemovedAtStartAndALivingWritersAreKept() throws Exception {
        Files.createDirectories(dir.resolve("backups/undone"));
        long dead = deadPid();
        Path killed = Files.writeString(dir.resolve(".tokens.json." + dead + ".123456.tmp"), "{\"refresh_token\":\"old\"}");
        Path killedSettings = Files.writeString(dir.resolve(".settings.json." + dead + ".99.tmp"), "{}");
        Path oldFormat = Files.writeString(dir.resolve(".tokens.json8812345.tmp"), "old secret");
        Path inBackups = Files.writeString(dir.resolve("backups/.tokens-x.json." + dead + ".1.tmp"), "old secret");
        long living = ProcessHandle.current().parent().orElseThrow().pid();
        Path inFlight = Files.writeString(dir.resolve(".tokens.json." + living + ".5.tmp"), "being written");
        Path unrelated = Files.writeString(dir.resolve("notes.tmp"), "not ours");

        int removed = new FileTokenStore(dir, clock).removeLeftovers();

        assertThat(removed).isEqualTo(4);
        assertThat(killed).doesNotExist();
        assertThat(killedSettings).doesNotExist();
        assertThat(oldFormat).doesNotExist();
        assertThat(inBackups).doesNotExist();
        assertThat(inFlight).exists();
        assertThat(unrelated).exists();
    }

    @Test
    void backupsAreBoundedAndUndoStillRestoresTheNewest() throws Exception {
        FileTokenStore store = new FileTokenStore(dir, clock);
        for (int i = 0; i < FileTokenStore.MAX_BACKUPS + 30; i++) {
            store.write(("{\"access_token\":\"v" + i + "\"}").getBytes(StandardCharsets.UTF_8), TokenStore.Change.IMPORT);
            clock.step(Duration.ofMillis(1));
        }

        assertThat(store.backups()).hasSize(FileTokenStore.MAX_BACKUPS);
        assertThat(store.canUndo()).isTrue();
        assertThat(store.undo()).isTrue();
        assertThat(new String(store.read().orElseThrow(), StandardCharsets.UTF_8)).contains("\"v" + (FileTokenStore.MAX_BACKUPS + 28) + "\"");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void pageBackupsAreBoundedToo() throws Exception {
        PageValueBackups backups = new PageValueBackups(dir, clock);
        for (int i = 0; i < FileTokenStore.MAX_BACKUPS + 10; i++) {
            backups.save("http://localhost:8082", "k", "v" + i);
        }
        try (Stream<Path> files = Files.list(backups.folder())) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("page-"))).hasSize(FileTokenStore.MAX_BACKUPS);
        }
        assertThat(backups.newest().orElseThrow().value()).isEqualTo("v" + (FileTokenStore.MAX_BACKUPS + 9));
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
