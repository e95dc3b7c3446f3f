package dev.tokendoctor.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.core.token.TokenRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: building an {@code ObjectMapper} loads some 280 databind classes, a tenth of a second
 * before the first frame. The reads the app does before its first frame, over real files, run in
 * a fresh JVM that logs its class loading: the results must be right and no mapper loaded.
 */
class StartPathLoadsNoDatabindTest {

    private static final Instant EXPIRES = Instant.parse("2031-05-06T07:08:09.123Z");
    private static final String MAPPER = " com.fasterxml.jackson.databind.ObjectMapper ";

    @TempDir
    Path temp;

    @Test
    void theFilesAnAppWroteAreReadWithoutAnObjectMapper() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Clock clock = Clock.fixed(EXPIRES.minusSeconds(86_400), ZoneOffset.UTC);
        ConnectionSettings connection = new ConnectionSettings("COZE_CN", "", "PKCE", "client-42", "http://127.0.0.1:8080/cb",
                "", "", 90, false);
        new SettingsStore(data).save(new AppSettings("zh", 17, false, connection));
        new WindowPlacement(data).save(new WindowPlacement.Bounds(12, 34, 1000, 700, true));
        new StoredTokens(new FileTokenStore(data, clock), new TokenParser(clock)).save(new TokenRecord("czu_startpath0123456789",
                "refresh0123456789", EXPIRES, clock.instant(), clock.instant(), "Bearer", null), TokenStore.Change.IMPORT);
        new SecretStore(data, Optional::empty).put(SecretStore.CLIENT_SECRET, "secret-value-0123456789");

        List<String> out = runChild(data);

        assertThat(out).contains("settings zh 17 false COZE_CN client-42 90", "problem none",
                "window " + new WindowPlacement.Bounds(12, 34, 1000, 700, true),
                "tokens found " + EXPIRES + " Bearer 17 COZE_RESPONSE", "secret true");
    }

    @Test
    void unreadableSettingsAndAForeignTokenFileAreReportedWithoutAnObjectMapper() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        String broken = "{\n  \"language\": \"en\",\n  \"expiringSoonMinutes\": ,\n}";
        Files.writeString(data.resolve("settings.json"), broken);
        // what a web app keeps: double-encoded, expiry in Unix seconds, not the app's own form
        Files.writeString(data.resolve("tokens.json"), "{\"tokens\": \"{\\\"access_token\\\": \\\"czu_foreign0123456789\\\", "
                + "\\\"refresh_token\\\": \\\"refresh0123456789\\\", \\\"expires_in\\\": " + EXPIRES.getEpochSecond() + "}\"}");

        List<String> out = runChild(data);

        assertThat(out).contains("problem " + problemAsReadTreeGivesIt(data.resolve("settings.json")), "window none",
                "tokens found " + Instant.ofEpochSecond(EXPIRES.getEpochSecond()) + " null 17 COZE_RESPONSE", "secret false");
        AppSettings d = AppSettings.DEFAULT;
        assertThat(out).as("the defaults, as for any unreadable file").contains("settings " + d.language() + " " + d.expiringSoonMinutes()
                + " " + d.notifications() + " " + d.connection().provider() + "  " + d.connection().refreshMarginSeconds());
    }

    /** SettingsStore's words for a file the mapper cannot read: "line L, column C: message". */
    private static String problemAsReadTreeGivesIt(Path file) {
        try {
            new ObjectMapper().readTree(file.toFile());
            throw new AssertionError("the fixture must be unreadable");
        } catch (JsonProcessingException e) {
            return "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs {@link StartPathChild} over {@code data} in a fresh JVM; asserts its log shows no mapper; returns its output. */
    private List<String> runChild(Path data) throws Exception {
        Path log = temp.resolve("classes-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Duser.home=" + temp.resolve("home"), "-Dtokendoctor.credentials=file",
                "-cp", System.getProperty("java.class.path"), StartPathChild.class.getName(), data.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("out.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child finished").isTrue();
        String output = Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        String loaded = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(loaded).as("the child ran its reads").contains(" dev.tokendoctor.storage.StoredTokens ")
                .contains(" dev.tokendoctor.core.json.TreeReader ");
        assertThat(loaded.lines().filter(line -> line.contains(MAPPER))).as("the start path loaded a mapper").isEmpty();
        return output.lines().toList();
    }

}
