package dev.tokendoctor.cli;

import static dev.tokendoctor.cli.LauncherProcess.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tokendoctor.storage.BrowserFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher, as the named module, with no display, on fixture stores. */
class CommandLineProcessTest {

    @TempDir
    Path temp;
    Path data;
    LauncherProcess launcher;

    @BeforeEach
    void folders() throws Exception {
        data = Files.createDirectories(temp.resolve("data"));
        launcher = new LauncherProcess(Files.createDirectories(temp.resolve("home")));
    }

    private String[] args(String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--data-dir", data.toString())).toArray(String[]::new);
    }

    @Test
    void aSubcommandLoadsNoJavaFxClassAndNeedsNoDisplay() throws Exception {
        Path log = temp.resolve("classes.log");
        LauncherProcess.Run run = launcher.withJvmOption("-Xlog:class+load=info:file=" + log)
                .run(args("status", "--lang", "en"));
        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCode.NO_TOKEN);
        assertThat(run.out()).contains("No token");
        String loaded = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(loaded).contains("dev.tokendoctor.cli.StatusCommand").doesNotContain(" javafx.").doesNotContain("com.sun.javafx");
    }

    @Test
    void verdictsAreExitCodes() throws Exception {
        Instant now = Instant.now();
        assertStatus(TokenFiles.coze("czu_validtoken0123456789", "refresh0123456789", now.plus(Duration.ofHours(2))), ExitCode.VALID, "VALID");
        assertStatus(TokenFiles.coze("czu_soontoken0123456789", "refresh0123456789", now.plus(Duration.ofMinutes(4))),
                ExitCode.EXPIRING_SOON, "EXPIRING_SOON");
        assertStatus(TokenFiles.coze("czu_oldtoken0123456789", "refresh0123456789", now.minus(Duration.ofHours(1))),
                ExitCode.EXPIRED_REFRESHABLE, "EXPIRED_REFRESHABLE");
        assertStatus(TokenFiles.coze("czu_oldtoken0123456789", null, now.minus(Duration.ofHours(1))),
                ExitCode.NEEDS_SIGN_IN, "EXPIRED_REAUTH_NEEDED");
        assertStatus("{\"access_token\": 42", ExitCode.UNREADABLE, "MALFORMED");
    }

    private void assertStatus(String stored, int exit, String state) throws Exception {
        TokenFiles.store(data, stored);
        LauncherProcess.Run run = launcher.run(args("status", "--json"));
        assertThat(run.exit()).as(run.all()).isEqualTo(exit);
        JsonNode doc = CliSchema.assertValid(run.out());
        assertThat(doc.path("token").path("state").asText()).isEqualTo(state);
        assertThat(doc.path("exitCode").asInt()).isEqualTo(exit);
    }

    @Test
    void watchPrintsAVerdictEverySecond() throws Exception {
        Path token = Files.writeString(temp.resolve("t.json"),
                TokenFiles.coze("czu_watchtoken0123456789", "refresh0123456789", Instant.now().plusSeconds(7200)));
        Process process = launcher.start(args("status", "--watch", "--json", "--token-file", token.toString()));
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            JsonNode first = CliSchema.assertValid(out.readLine());
            JsonNode second = CliSchema.assertValid(out.readLine());
            assertThat(first.path("token").path("state").asText()).isEqualTo("VALID");
            assertThat(second.path("token").path("accessRemainingSeconds").asLong())
                    .isLessThanOrEqualTo(first.path("token").path("accessRemainingSeconds").asLong());
        } finally {
            process.destroy();
        }
    }

    @Test
    void helpAndMistakesInTheUsersLanguage() {
        assertThat(launcher.run(args("--help", "--lang", "zh")).out()).contains("命令").contains("sign-in");
        LauncherProcess.Run zh = launcher.run(args("help", "--lang", "zh"));
        assertThat(zh.exit()).isZero();
        assertThat(zh.out()).contains("命令：").contains("status").contains("sign-in").contains("退出码");
        LauncherProcess.Run en = launcher.run(args("status", "--help", "--lang", "en"));
        assertThat(en.out()).contains("--token-file").contains("--watch").contains("--json").contains("Exit codes");

        LauncherProcess.Run unknown = launcher.run(args("status", "--bogus", "--lang", "zh"));
        assertOneLineError(unknown, ExitCode.USAGE);
        assertThat(unknown.err()).contains("未知选项“--bogus”");
        assertOneLineError(launcher.run(args("frobnicate", "--lang", "en")), ExitCode.USAGE);
        LauncherProcess.Run language = launcher.run(args("status", "--lang", "fr"));
        assertOneLineError(language, ExitCode.USAGE);
        assertThat(language.err()).contains("\"fr\"");
        assertOneLineError(launcher.run(args("diagnose", "--lang", "en", "--file")), ExitCode.USAGE);
        LauncherProcess.Run both = launcher.run(args("diagnose", "--lang", "en", "--text", "x", "--file", "y"));
        assertOneLineError(both, ExitCode.USAGE);
        LauncherProcess.Run missing = launcher.run(args("diagnose", "--lang", "zh", "--file", temp.resolve("nope.txt").toString()));
        assertOneLineError(missing, ExitCode.USAGE);
        assertThat(missing.err()).contains("没有这个文件");
        LauncherProcess.Run notBundle = launcher.run(args("bundle", "show", "docs/cli.schema.json", "--lang", "en"));
        assertOneLineError(notBundle, ExitCode.UNREADABLE);
    }

    @Test
    void scanReadsRealBrowserStoresAndNeverWritesThem() throws Exception {
        Path chromium = BrowserFixtures.CHROMIUM_USER_DATA;
        Path firefox = BrowserFixtures.FIREFOX_ROOT;
        String before = digest(BrowserFixtures.ROOT);
        LauncherProcess.Run run = launcher.run(args("scan", "--json", "--folder", chromium.toString(), "--folder", firefox.toString()));
        assertThat(digest(BrowserFixtures.ROOT)).isEqualTo(before);
        JsonNode doc = CliSchema.assertValid(run.out());
        assertThat(doc.path("tokens").size()).isGreaterThanOrEqualTo(3);
        assertThat(doc.path("freshest").path("origin").asText()).startsWith("http://");
        assertThat(run.exit()).isEqualTo(doc.path("exitCode").asInt());
        assertThat(doc.findValuesAsText("kind")).contains("CHROMIUM", "FIREFOX", "APP_STORE", "WEBVIEW");

        LauncherProcess.Run all = launcher.run(args("scan", "--all", "--lang", "en", "--folder", chromium.toString()));
        assertThat(all.out()).contains("Chromium — Default").contains("coze_oauth_tokens").contains("Freshest token:");
    }

    /** Names, sizes, times and contents of every file under {@code root}. */
    private static String digest(Path root) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                sha.update(p.toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(p)) {
                    sha.update(Files.readAllBytes(p));
                    sha.update(Files.getLastModifiedTime(p).toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void diagnoseReadsStandardInputAndTheEnvFiles() {
        String error = "{\"code\":4100,\"msg\":\"authentication is invalid\",\"detail\":{\"logid\":\"20260301abcdef\"}}";
        LauncherProcess.Run run = launcher.runWithInput(error, args("diagnose", "--json", "--lang", "en",
                "--env", "src/test/resources/fixtures/env/region-conflict.env"));
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode doc = CliSchema.assertValid(run.out());
        assertThat(doc.path("findings").size()).isPositive();
        assertThat(doc.path("findings").get(0).path("logId").asText()).isEqualTo("20260301abcdef");
        assertThat(doc.path("config").path("findings").size()).isPositive();
        LauncherProcess.Run human = launcher.run(args("diagnose", "--lang", "zh", "--text", error));
        assertThat(human.out()).contains("logid: 20260301abcdef").contains("1. ");
        assertOneLineError(launcher.runWithInput("", args("diagnose", "--lang", "en")), ExitCode.USAGE);
    }

    @Test
    void clearKeepsTheAppsBackupAndUndoPutsItBack() throws Exception {
        TokenFiles.store(data, TokenFiles.coze("czu_validtoken0123456789", "refresh0123456789", Instant.now().plusSeconds(7200)));
        assertOneLineError(launcher.run(args("clear", "--lang", "en")), ExitCode.USAGE);
        assertThat(launcher.run(args("status")).exit()).isEqualTo(ExitCode.VALID);

        LauncherProcess.Run cleared = launcher.run(args("clear", "--yes", "--json"));
        assertThat(cleared.exit()).as(cleared.all()).isZero();
        JsonNode doc = CliSchema.assertValid(cleared.out());
        assertThat(Path.of(doc.path("backup").asText())).exists();
        assertThat(launcher.run(args("status")).exit()).isEqualTo(ExitCode.NO_TOKEN);

        LauncherProcess.Run undone = launcher.run(args("undo", "--json"));
        assertThat(undone.exit()).as(undone.all()).isEqualTo(ExitCode.VALID);
        CliSchema.assertValid(undone.out());
        assertThat(launcher.run(args("status")).exit()).isEqualTo(ExitCode.VALID);
    }

    @Test
    void aBundleWrittenHereIsReadBack() throws Exception {
        TokenFiles.store(data, TokenFiles.coze("czu_validtoken0123456789", "refresh0123456789", Instant.now().plusSeconds(7200)));
        Path errors = Files.writeString(temp.resolve("console.txt"), "POST /api/permission/oauth2/token 401 invalid_grant");
        Path zip = temp.resolve("bundle.zip");
        LauncherProcess.Run written = launcher.run(args("bundle", "-o", zip.toString(), "--errors", errors.toString(),
                "--steps", "open the app", "--json"));
        assertThat(written.exit()).as(written.all()).isZero();
        CliSchema.assertValid(written.out());
        assertThat(zip).exists();

        LauncherProcess.Run shown = launcher.run(args("bundle", "show", zip.toString(), "--lang", "en"));
        assertThat(shown.exit()).as(shown.all()).isZero();
        assertThat(shown.out()).contains("## English").contains("Valid").contains("open the app").doesNotContain("## 中文");
        LauncherProcess.Run json = launcher.run(args("bundle", "show", zip.toString(), "--json"));
        JsonNode doc = CliSchema.assertValid(json.out());
        assertThat(doc.path("report").path("token").path("state").asText()).isEqualTo("VALID");
    }

    @Test
    void completionScriptCoversEverySubcommand() {
        LauncherProcess.Run run = launcher.run("completion");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("complete -F").contains("bashcompinit");
        for (String command : List.of("status", "scan", "diagnose", "refresh", "probe", "sign-in", "network", "clear",
                "undo", "bundle", "sandbox", "self-check", "--token-file", "--watch")) {
            assertThat(run.out()).contains(command);
        }
    }
}
