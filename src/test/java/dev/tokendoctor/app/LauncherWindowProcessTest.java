package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's real start, in a JVM of its own (headless Monocle): {@code Launcher} → {@code Window}
 * builds the services on their own thread while the toolkit starts, {@code init()} takes them over,
 * and the first frame shows. The packaged image's smoke test does the same with a real display.
 */
class LauncherWindowProcessTest {

    @TempDir
    Path dir;

    @Test
    void theWindowStartsThroughTheLauncherWithServicesBuiltWhileTheToolkitStarts() throws Exception {
        Path data = dir.resolve("data");
        long now = java.time.Instant.now().getEpochSecond();
        Path token = Files.writeString(dir.resolve("token.json"), "{\"access_token\":\"czu_LauncherProcessAccess0123456789abcdef\","
                + "\"expires_in\":" + (now + 3600) + "}");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dtokendoctor.credentials=file",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                Launcher.class.getName(), "--measure-startup", "--lang", "en", "--data-dir", data.toString(),
                "--token-file", token.toString()));
        Process window = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(window.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(window.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(out).as(out).contains("first-frame-ms main-window");
        assertThat(out).doesNotContain("Exception");
        assertThat(window.exitValue()).as(out).isZero();
        // the services ran: the data folder, its log and the followed token's store exist
        assertThat(data.resolve("logs")).isDirectory();
    }
}
