package dev.tokendoctor.storage.credentials;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Secret Service for a test class: a private D-Bus session bus ({@code dbus-daemon}) and
 * {@code gnome-keyring-daemon} on it, with its own home folder, its login keyring unlocked by a
 * random password. The JVM is pointed at that bus through the {@code DBUS_SESSION_BUS_ADDRESS}
 * system property (which dbus-java reads before the environment) and everything is stopped after
 * the class. Skipped, with the reason, when gnome-keyring is not installed ({@code .ci/run} installs it).
 */
public final class PrivateSecretService implements BeforeAllCallback, AfterAllCallback {

    private static final String BUS_PROPERTY = "DBUS_SESSION_BUS_ADDRESS";
    private static final Duration READY = Duration.ofSeconds(20);

    private final List<Process> processes = new ArrayList<>();
    private Path home;
    private String address;
    private String previous;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        assumeTrue(onPath("gnome-keyring-daemon") && onPath("dbus-daemon"),
                "gnome-keyring-daemon or dbus-daemon is not installed (apt-get install gnome-keyring dbus-x11 libsecret-tools): "
                        + "the credential-store path is not tested here");
        home = Files.createTempDirectory("tokendoctor-keyring-");
        Path runtime = Files.createDirectories(home.resolve("run"),
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        Process bus = start(List.of("dbus-daemon", "--session", "--nofork", "--print-address=1"), Map.of());
        address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assumeTrue(address != null && address.startsWith("unix:"), "dbus-daemon printed no address");
        Process keyring = start(List.of("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"),
                Map.of("DBUS_SESSION_BUS_ADDRESS", address, "XDG_RUNTIME_DIR", runtime.toString()));
        // An empty password creates no login keyring (gnome-keyring 46 then has no default collection): use a random one.
        try (OutputStream in = keyring.getOutputStream()) {
            in.write(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
        }
        previous = System.setProperty(BUS_PROPERTY, address);
        awaitDefaultCollection();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (previous == null) {
            System.clearProperty(BUS_PROPERTY);
        } else {
            System.setProperty(BUS_PROPERTY, previous);
        }
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (home != null) {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The private bus's address, for a child process ({@code secret-tool}) that should see the same keyring. */
    public String address() {
        return address;
    }

    public Map<String, String> environment() {
        return Map.of("DBUS_SESSION_BUS_ADDRESS", address, "HOME", home.toString(), "XDG_RUNTIME_DIR", home.resolve("run").toString());
    }

    private Process start(List<String> command, Map<String, String> extra) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().remove("DISPLAY");
        builder.environment().putAll(extra);
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    /** The daemon answers on the bus once it has made and unlocked the login keyring: a probe value then reads back. */
    private void awaitDefaultCollection() throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        Path probeFolder = home.resolve("probe");
        while (System.nanoTime() < deadline) {
            Optional<CredentialStore> store = KeyringCredentialStore.open(probeFolder);
            if (store.isPresent()) {
                try {
                    store.get().write("probe", "ready");
                    if (store.get().read("probe").filter("ready"::equals).isPresent()) {
                        store.get().delete("probe");
                        return;
                    }
                } catch (IOException notYet) {
                    // the login collection is still being made
                }
            }
            Thread.sleep(100); // waiting for another process to start, not for time to pass
        }
        throw new IllegalStateException("gnome-keyring-daemon did not answer on " + address + " within " + READY);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
