package dev.tokendoctor.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.StoredTokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM saving the token store, settings, secrets file and a page backup is killed with
 * SIGKILL at random moments ({@code -Dhardening.kills}, a few in {@code mvn verify}, 1,000 in
 * {@code -Pfuzz-long}): after each kill every file loads as some version, never corrupt or empty,
 * every backup is whole, and the next start removes the temp files the killed save left.
 */
class KilledSavesTest {

    private static final ObjectMapper STRICT = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyFileIsOldOrNewAfterEveryKill() throws Exception {
        int kills = Integer.getInteger("hardening.kills", 4);
        Random random = new Random(Long.getLong("hardening.seed", System.nanoTime()));
        int leftoversSeen = 0;
        for (int k = 0; k < kills; k++) {
            Process child = startAndWaitUntilWriting();
            Thread.sleep(random.nextInt(120)); // the kill lands anywhere in the save loop
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            assertEveryFileWhole(k);
            leftoversSeen += temps().size();
            new FileTokenStore(dir, Clock.systemUTC()).removeLeftovers();
            assertThat(temps()).as("temp files after the next start, kill " + k).isEmpty();
            if ((k + 1) % 50 == 0) {
                System.out.printf("KilledSavesTest: %d of %d SIGKILLs so far, every file whole%n", k + 1, kills);
            }
        }
        System.out.printf("KilledSavesTest: %d SIGKILLs, %d temp files left by killed saves, all removed at next start%n",
                kills, leftoversSeen);
    }

    private Process startAndWaitUntilWriting() throws IOException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", System.getProperty("java.class.path"), SaveLoopChild.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the child's first line").isEqualTo("ready");
        return child;
    }

    private void assertEveryFileWhole(int kill) throws IOException {
        StoredTokens.Loaded loaded = new StoredTokens(new FileTokenStore(dir, Clock.systemUTC()), new TokenParser(Clock.systemUTC())).load();
        assertThat(loaded).as("tokens.json after kill " + kill).isInstanceOf(StoredTokens.Found.class);
        assertThat(((StoredTokens.Found) loaded).parsed().record().accessToken()).startsWith("czu_v");
        assertThat(strict(dir.resolve("settings.json")).path("expiringSoonMinutes").isMissingNode()
                && strict(dir.resolve("settings.json")).size() == 0).isFalse();
        assertThat(strict(dir.resolve("secrets.json")).path("client_secret").asText()).startsWith("secret-v");
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            for (Path backup : backups.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode node = strict(backup);
                assertThat(node.has("access_token") || node.has("value")).as(backup.getFileName().toString()).isTrue();
            }
        }
    }

    private static JsonNode strict(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).as(file.getFileName() + " is empty").isNotEmpty();
        return STRICT.readTree(bytes);
    }

    private List<Path> temps() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
