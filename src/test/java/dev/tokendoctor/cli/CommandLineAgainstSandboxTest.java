package dev.tokendoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.testing.ConsentBrowser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's commands that talk to Coze, against the built-in sandbox (real HTTP on 127.0.0.1). */
class CommandLineAgainstSandboxTest {

    @TempDir
    Path temp;
    Path data;
    LauncherProcess launcher;
    CozeSandbox sandbox;

    @BeforeEach
    void start() throws Exception {
        data = Files.createDirectories(temp.resolve("data"));
        launcher = new LauncherProcess(Files.createDirectories(temp.resolve("home")));
        sandbox = CozeSandbox.start(SandboxConfig.defaults().withAccessTokenLifetime(Duration.ofHours(1))
                .withDeviceCode(Duration.ofMinutes(5), Duration.ofSeconds(1)));
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    @Test
    void probeAndRefreshTheStoredToken() throws Exception {
        TokenGrant grant = SandboxedCli.signedIn(data, sandbox);
        LauncherProcess.Run probe = launcher.run("probe", "--json", "--data-dir", data.toString());
        assertThat(probe.exit()).as(probe.all()).isZero();
        assertThat(CliSchema.assertValid(probe.out()).path("outcome").path("type").asText()).isEqualTo("Probed");

        LauncherProcess.Run refresh = launcher.run("refresh", "--json", "--data-dir", data.toString());
        assertThat(refresh.exit()).as(refresh.all()).isZero();
        JsonNode doc = CliSchema.assertValid(refresh.out());
        assertThat(doc.path("outcome").path("type").asText()).isEqualTo("Success");
        assertThat(doc.path("token").path("state").asText()).isEqualTo("VALID");
        assertThat(Files.readString(data.resolve("tokens.json"))).doesNotContain(grant.accessToken());

        // The old refresh token was rotated away: a second client using it would be refused; ours moved on.
        LauncherProcess.Run again = launcher.run("refresh", "--lang", "en", "--data-dir", data.toString());
        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(again.out()).contains("New tokens issued");
    }

    @Test
    void deviceSignInInTheTerminal() throws Exception {
        SandboxedCli.pointAt(data, sandbox.baseUrl(), sandbox.demo().deviceClientId(), "");
        Process process = launcher.start("sign-in", "--device", "--lang", "en", "--data-dir", data.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Matcher open = Pattern.compile("Open (\\S+) on any device").matcher(out.readLine());
            assertThat(open.find()).isTrue();
            Matcher code = Pattern.compile("enter the code: (\\S+)").matcher(out.readLine());
            assertThat(code.find()).isTrue();
            assertThat(new ConsentBrowser(sandbox.baseUrl()).decideDevice(open.group(1), code.group(1), "approve").statusCode())
                    .isLessThan(400);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String rest = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(rest).isZero();
            assertThat(rest).contains("New tokens issued").contains("Valid");
        } finally {
            process.destroyForcibly();
        }
        assertThat(launcher.run("status", "--data-dir", data.toString()).exit()).isEqualTo(ExitCode.VALID);
    }

    @Test
    void networkCheckTowardsTheConfiguredHost() throws Exception {
        SandboxedCli.pointAt(data, sandbox.baseUrl(), sandbox.demo().pkceClientId(), "");
        LauncherProcess.Run run = launcher.run("network", "--json", "--data-dir", data.toString());
        JsonNode doc = CliSchema.assertValid(run.out());
        assertThat(run.exit()).as(run.all()).isEqualTo(doc.path("allPassed").asBoolean() ? 0 : 1);
        assertThat(doc.path("steps").findValuesAsText("host")).anyMatch(h -> h.startsWith("127.0.0.1"));
        assertThat(doc.path("steps").findValuesAsText("step")).contains("DNS", "TCP", "HTTP", "CLOCK");
    }

    @Test
    void theNetworkCheckAndTheSelfCheckSpeakChineseLineByLine() throws Exception {
        SandboxedCli.pointAt(data, sandbox.baseUrl(), sandbox.demo().pkceClientId(), "");
        LauncherProcess.Run network = launcher.run("network", "--lang", "zh", "--data-dir", data.toString());
        LauncherProcess.Run selfCheck = launcher.run("self-check", "--lang", "zh", "--data-dir", data.toString());
        assertThat(selfCheck.exit()).as(selfCheck.all()).isZero();
        // a step's kind (DNS, TLS), a host, a protocol or a library's name stays as it is; the words around it are Chinese
        for (LauncherProcess.Run run : java.util.List.of(network, selfCheck)) {
            java.util.List<String> lines = run.out().lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as(run.all()).hasSizeGreaterThan(5)
                    .allMatch(l -> l.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
            assertThat(run.out()).doesNotContainIgnoringCase("resolved to").doesNotContain("connected to", "not run", "ok  ",
                    "SKIP", "self-check");
        }
        assertThat(network.out()).contains("DNS", "解析为", "已连接到", "通过");
        assertThat(selfCheck.out()).contains("自检通过", "TLS 握手");
    }

    @Test
    void theSandboxCommandServesWithTheFaultsAsked() throws Exception {
        Process served = launcher.start("sandbox", "--fault", "http_503", "--lang", "en");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(served.getInputStream(), StandardCharsets.UTF_8));
            Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)").matcher(out.readLine());
            assertThat(url.find()).isTrue();
            SandboxedCli.pointAt(data, url.group(1), "any", "");
            Path token = Files.writeString(temp.resolve("token.json"),
                    TokenFiles.coze("czu_sometoken0123456789abcdef", null, Instant.now().plusSeconds(600)));
            LauncherProcess.Run probe = launcher.run("probe", "--json", "--token-file", token.toString(), "--data-dir", data.toString());
            assertThat(probe.exit()).as(probe.all()).isEqualTo(ExitCode.FAILURE);
            JsonNode outcome = CliSchema.assertValid(probe.out()).path("outcome");
            assertThat(outcome.path("type").asText()).isEqualTo("ProtocolError");
            assertThat(outcome.path("text").asText()).contains("503");
        } finally {
            served.destroy();
            assertThat(served.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }
}
