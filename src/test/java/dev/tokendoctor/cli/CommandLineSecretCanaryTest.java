package dev.tokendoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.SandboxConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets with a marker in them ("ANARY") go into the store, the pasted errors and the .env file;
 * every subcommand runs over them, in both languages, and the marker never comes out: not on
 * standard output, not on standard error, not in the bundle. Only fingerprints do.
 */
class CommandLineSecretCanaryTest {

    static final String MARKER = "ANARY";
    static final String ACCESS = "czu_CANARYaccess7f3k9q2m5x8w1z4v6b";
    static final String REFRESH = "CANARYrefresh8d2j6h4g0s1a3f5";
    static final String PASTED = "Authorization: Bearer czu_CANARYpasted1q2w3e4r5t6y7u  client_secret=CANARYsecret9z8x7c6v"
            + " {\"code\":4100,\"msg\":\"authentication is invalid\",\"detail\":{\"logid\":\"2026abc\"}}";

    @TempDir
    Path temp;

    @Test
    void noSubcommandPrintsASecret() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        LauncherProcess launcher = new LauncherProcess(Files.createDirectories(temp.resolve("home")));
        Path errors = Files.writeString(temp.resolve("errors.txt"), PASTED);
        Path env = Files.writeString(Files.createDirectories(temp.resolve("app")).resolve(".env"),
                "VITE_COZE_CLIENT_ID=123\nVITE_COZE_CLIENT_SECRET=CANARYenvsecret4r5t6y7u8i\n");
        Path bundle = temp.resolve("b.zip");
        List<LauncherProcess.Run> runs = new ArrayList<>();
        try (CozeSandbox sandbox = CozeSandbox.start(SandboxConfig.defaults())) {
            SandboxedCli.pointAt(data, sandbox.baseUrl(), sandbox.demo().pkceClientId(), sandbox.demo().pkceRedirectUris().get(0));
            TokenFiles.store(data, TokenFiles.coze(ACCESS, REFRESH, Instant.now().plusSeconds(3600)));
            String dir = data.toString();
            for (String lang : List.of("en", "zh")) {
                runs.add(launcher.run("status", "--lang", lang, "--data-dir", dir));
                runs.add(launcher.run("scan", "--all", "--lang", lang, "--data-dir", dir));
                runs.add(launcher.run("diagnose", "--text", PASTED, "--env", env.toString(), "--lang", lang, "--data-dir", dir));
                runs.add(launcher.run("probe", "--lang", lang, "--data-dir", dir));
            }
            runs.add(launcher.run("status", "--json", "--data-dir", dir));
            runs.add(launcher.run("scan", "--all", "--json", "--data-dir", dir));
            runs.add(launcher.runWithInput(PASTED, "diagnose", "--json", "--env", env.toString(), "--data-dir", dir));
            runs.add(launcher.run("probe", "--json", "--data-dir", dir));
            runs.add(launcher.run("network", "--json", "--data-dir", dir));
            runs.add(launcher.run("bundle", "-o", bundle.toString(), "--errors", errors.toString(), "--env", env.toString(),
                    "--steps", PASTED, "--data-dir", dir));
            runs.add(launcher.run("bundle", "show", bundle.toString(), "--data-dir", dir));
            runs.add(launcher.run("bundle", "show", bundle.toString(), "--json", "--data-dir", dir));
            runs.add(launcher.run("refresh", "--json", "--data-dir", dir));
            runs.add(launcher.run("refresh", "--lang", "zh", "--data-dir", dir));
            runs.add(launcher.run("clear", "--yes", "--data-dir", dir));
            runs.add(launcher.run("undo", "--data-dir", dir));
            runs.add(launcher.run("completion"));
            runs.add(launcher.run("status", "--token-file", errors.toString(), "--data-dir", dir));
            runs.add(firstLines(launcher.start("status", "--watch", "--data-dir", dir), 2));
            runs.add(firstLines(launcher.start("sandbox"), 3));
            runs.add(launcher.run("self-check"));
        }
        for (LauncherProcess.Run run : runs) {
            assertThat(run.all()).as(run.all()).doesNotContain(MARKER).doesNotContain("7f3k9q2m").doesNotContain("8d2j6h4g");
        }
        assertThat(runs.get(0).out()).as("the stored token was read").contains(Fingerprint.text(ACCESS));
        assertThat(runs).allSatisfy(run -> assertThat(run.all()).doesNotContain("\tat dev.tokendoctor"));
        assertThat(bundleText(bundle)).contains("report.json").doesNotContain(MARKER);
    }

    private static LauncherProcess.Run firstLines(Process process, int count) throws Exception {
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                text.append(out.readLine()).append('\n');
            }
            return new LauncherProcess.Run(0, text.toString(), "");
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static String bundleText(Path zip) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                all.append(e.getName()).append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
