package dev.tokendoctor.storage.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scan copies of browser stores (other sites' secrets) left by a run that died are removed at start. */
class ScanCopyLeftoversTest {

    @TempDir
    Path tmp;

    @Test
    void aDeadRunsCopiesGoALivingRunsStay() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path dead = Files.createDirectories(tmp.resolve("tokendoctor-scan-" + ended.pid() + "-123"));
        Files.writeString(dead.resolve("data.sqlite"), "other sites' secrets");
        long living = ProcessHandle.current().parent().orElseThrow().pid();
        Path alive = Files.createDirectories(tmp.resolve("tokendoctor-scan-" + living + "-456"));
        Path unrelated = Files.createDirectories(tmp.resolve("tokendoctor-scan-legacy"));

        assertThat(FolderSnapshot.removeLeftovers(tmp)).isEqualTo(1);
        assertThat(dead).doesNotExist();
        assertThat(alive).exists();
        assertThat(unrelated).exists();
    }
}
