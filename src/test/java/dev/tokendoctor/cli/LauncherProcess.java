package dev.tokendoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real launcher as users run it: a child JVM, the named module {@code dev.tokendoctor} on
 * the module path, no {@code DISPLAY}, a home of its own (so no browser of this machine is read)
 * and no proxy variables.
 */
final class LauncherProcess {

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private final Path home;
    private final List<String> jvmOptions = new ArrayList<>();

    LauncherProcess(Path home) {
        this.home = home;
    }

    LauncherProcess withJvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    Run run(String... args) {
        return runWithInput(null, args);
    }

    /** Runs to the end (one minute at most), feeding {@code stdin} if given. */
    Run runWithInput(String stdin, String... args) {
        Process process = start(args);
        try {
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (stdin != null) {
                process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("finished: " + List.of(args)).isTrue();
            return new Run(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Starts the launcher and leaves it running (the caller reads its streams and destroys it). */
    Process start(String... args) {
        try {
            String runtime = Files.readString(Path.of("target/runtime-classpath.txt"), StandardCharsets.UTF_8).trim();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Duser.home=" + home);
            command.add("-Xshare:auto");
            command.add("-XX:TieredStopAtLevel=1");
            command.addAll(jvmOptions);
            command.addAll(List.of("--module-path", "target/classes" + File.pathSeparator + runtime,
                    "-m", "dev.tokendoctor/dev.tokendoctor.app.Launcher"));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command);
            Map<String, String> env = builder.environment();
            for (String name : List.of("DISPLAY", "WAYLAND_DISPLAY", "XDG_CONFIG_HOME", "http_proxy", "https_proxy",
                    "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY", "NO_COLOR")) {
                env.remove(name);
            }
            env.put("HOME", home.toString());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A usage mistake or failure: exactly one line on standard error, nothing that looks like a stack trace. */
    static void assertOneLineError(Run run, int exit) {
        assertThat(run.exit()).as(run.all()).isEqualTo(exit);
        assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("picocli.");
    }
}
