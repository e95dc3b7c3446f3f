package dev.tokendoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.storage.SecretStore;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line over the same planted set as {@code hardening.EverywhereCanaryTest}: the token
 * store, the secrets (client secret and private key), settings, pasted text (argument and standard
 * input), a .env, HTTP bodies (the refresh token sent to the sandbox), proxy credentials (in the
 * environment) and a browser store (a Firefox profile in the home folder). Every canary carries this
 * run's own marker, so a file another test or process left behind never counts. Checked after a
 * scan, a refresh and a bundle export: standard output and error of every run, the bundle, every
 * file left in the data folder outside the app's own stores, and every file that appeared in the
 * temporary folder while the commands ran.
 */
class CommandLineEveryInputCanaryTest {

    final String marker = "CNRY" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    final String access = "czu_" + marker + "access7f3k9q2m5x8w1z4";
    final String refresh = marker + "refresh8d2j6h4g0s1a3f5";
    final String clientSecret = marker + "clientSecret0123456789";
    final String privateKey = "-----BEGIN PRIVATE KEY-----\nMIIEvQ" + marker + "privateKeyBody0123456789abcdef\n-----END PRIVATE KEY-----\n";
    final String proxy = "http://" + marker + "proxyUser:" + marker + "proxyPw@127.0.0.1:9";
    final String pasted = "Authorization: Bearer czu_" + marker + "pasted1q2w3e4r  client_secret=" + marker + "pastedSecret9z8x"
            + "\nCookie: sessionid=" + marker + "cookie01234\n令牌：" + marker + "chineseLabel0123"
            + " {\"code\":4100,\"msg\":\"authentication is invalid\",\"detail\":{\"logid\":\"2026abc\"}}";

    @TempDir
    Path temp;

    @Test
    void noOutputOrLeftoverFileHoldsAPlantedSecret() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Path home = Files.createDirectories(temp.resolve("home"));
        Path env = Files.writeString(Files.createDirectories(temp.resolve("app")).resolve(".env"),
                "VITE_COZE_CLIENT_ID=123\nVITE_COZE_APPSECRET=" + marker + "envAppSecret1\nDB_PASS=" + marker + "envPass1\n"
                        + "HTTPS_PROXY=" + proxy + "\n");
        Path errors = Files.writeString(temp.resolve("errors.txt"), pasted);
        Path bundle = temp.resolve("b.zip");
        plantBrowserStore(home);
        Set<Path> tmpBefore = tmpEntries();
        List<String> outputs = new ArrayList<>();
        try (CozeSandbox sandbox = CozeSandbox.start(SandboxConfig.defaults())) {
            SandboxedCli.pointAt(data, sandbox.baseUrl(), sandbox.demo().pkceClientId(), sandbox.demo().pkceRedirectUris().get(0));
            plantInSettings(data);
            TokenFiles.store(data, TokenFiles.coze(access, refresh, Instant.now().plusSeconds(3600)));
            SecretStore secrets = new SecretStore(data, Optional::empty);
            secrets.put(SecretStore.CLIENT_SECRET, clientSecret);
            secrets.put(SecretStore.PRIVATE_KEY, privateKey);
            String dir = data.toString();
            outputs.add(run(home, null, "scan", "--all", "--json", "--data-dir", dir));
            outputs.add(run(home, null, "scan", "--all", "--lang", "zh", "--data-dir", dir));
            outputs.add(run(home, null, "status", "--json", "--data-dir", dir));
            outputs.add(run(home, null, "diagnose", "--text", pasted, "--env", env.toString(), "--data-dir", dir));
            outputs.add(run(home, pasted, "diagnose", "--json", "--env", env.toString(), "--data-dir", dir));
            outputs.add(run(home, null, "probe", "--json", "--data-dir", dir));
            outputs.add(run(home, null, "network", "--json", "--data-dir", dir));
            outputs.add(run(home, null, "refresh", "--json", "--data-dir", dir));
            outputs.add(run(home, null, "refresh", "--lang", "zh", "--data-dir", dir));
            outputs.add(run(home, null, "bundle", "-o", bundle.toString(), "--errors", errors.toString(), "--env", env.toString(),
                    "--steps", pasted, "--data-dir", dir));
            outputs.add(run(home, null, "bundle", "show", bundle.toString(), "--json", "--data-dir", dir));
        }
        assertThat(String.join("\n", outputs)).as("the planted inputs were read").contains("coze_oauth_tokens_2");
        assertThat(outputs).allSatisfy(out -> assertThat(out).as(out).doesNotContain(marker));
        assertThat(bundle).exists();
        assertThat(zipText(bundle)).contains("report.json").doesNotContain(marker);
        assertNoLeftovers(data, tmpBefore);
    }

    /** A Firefox profile in the child's home, its localStorage holding a token under the app's key. */
    private void plantBrowserStore(Path home) throws Exception {
        Path root = BrowserFixtures.copy(BrowserFixtures.FIREFOX_ROOT, home.resolve(".mozilla/firefox"));
        Path store = root.resolve("Profiles/fixture.default-release/webappsstore.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement()) {
            s.execute("INSERT INTO webappsstore2 VALUES ('', 'tsohlacol.:http:8082', 'x', 'coze_oauth_tokens_2', "
                    + "'{\"access_token\":\"czu_" + marker + "browser0123456\",\"refresh_token\":\"" + marker + "browserRefresh\"}')");
        }
    }

    /** A secret someone pasted into settings.json by hand: read with the settings, never shown. */
    private void plantInSettings(Path data) throws IOException {
        Path settings = data.resolve("settings.json");
        String json = Files.readString(settings, StandardCharsets.UTF_8).strip();
        Files.writeString(settings, json.substring(0, json.length() - 1) + ",\"client_secret\":\"" + marker + "inSettings01\"}");
    }

    private String run(Path home, String stdin, String... args) throws Exception {
        String runtime = Files.readString(Path.of("target/runtime-classpath.txt"), StandardCharsets.UTF_8).trim();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "--module-path", "target/classes" + File.pathSeparator + runtime, "-m", "dev.tokendoctor/dev.tokendoctor.app.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        for (String name : List.of("DISPLAY", "WAYLAND_DISPLAY", "XDG_CONFIG_HOME", "DBUS_SESSION_BUS_ADDRESS", "NO_COLOR")) {
            environment.remove(name);
        }
        environment.put("HOME", home.toString());
        environment.put("HTTPS_PROXY", proxy);
        environment.put("ALL_PROXY", proxy.replace("http://", "socks5://"));
        environment.put("NO_PROXY", "127.0.0.1,localhost");
        Process process = builder.start();
        CompletableFuture<String> out = LauncherProcess.drain(process.getInputStream());
        CompletableFuture<String> err = LauncherProcess.drain(process.getErrorStream());
        if (stdin != null) {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as(String.join(" ", args)).isTrue();
        return out.join() + err.join();
    }

    /** Outside the app's own stores (tokens, secrets, settings, backups) no file in the data folder, and no new temp file, holds the marker. */
    private void assertNoLeftovers(Path data, Set<Path> tmpBefore) throws IOException {
        Set<String> ownStores = Set.of("tokens.json", "secrets.json", "settings.json");
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                assertThat(name).as(file.toString()).doesNotEndWith(".tmp");
                if (!ownStores.contains(name) && !data.relativize(file).startsWith("backups")) {
                    assertThat(read(file)).as(file.toString()).doesNotContain(marker);
                }
            }
        }
        Set<Path> appeared = new HashSet<>(tmpEntries());
        appeared.removeAll(tmpBefore);
        for (Path entry : appeared) {
            try (Stream<Path> files = Files.walk(entry)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(read(file)).as(file.toString()).doesNotContain(marker);
                }
            } catch (IOException | java.io.UncheckedIOException goneOrNotOurs) {
                // removed while we looked, or another user's: neither was written by these runs
            }
        }
    }

    private static Set<Path> tmpEntries() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return new HashSet<>(entries.toList());
        }
    }

    private static String read(Path file) {
        try {
            return Files.size(file) > 64 * 1024 * 1024 ? "" : new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    private static String zipText(Path zip) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                all.append(e.getName()).append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
