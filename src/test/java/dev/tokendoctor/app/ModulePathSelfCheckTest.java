package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The other tests run on the class path; the app runs as the named module {@code dev.tokendoctor}.
 * This starts it that way ({@code --self-check}, no window) so a module missing from the graph
 * (as SLF4J once was for httpclient5) fails the build instead of the user's first sign-in.
 */
class ModulePathSelfCheckTest {

    @Test
    void theNamedModuleTalksToTheSandboxAndOpensSqliteAndSnappy() throws Exception {
        String runtime = Files.readString(Path.of("target/runtime-classpath.txt"), StandardCharsets.UTF_8).trim();
        String modulePath = "target/classes" + File.pathSeparator + runtime;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "--module-path", modulePath,
                "-m", "dev.tokendoctor/dev.tokendoctor.app.Launcher", "--self-check"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as(output).contains("self-check ok", "ok  tls handshake", "ok  chinese date");
        assertThat(process.exitValue()).isZero();
    }
}
