package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, under the hood: errors are logged, not swallowed, to a rotating file in the data folder, through the redactor. */
class LogFileTest {

    static final String ACCESS = "czu_CANARYlogAccess7f3e9d2c1b0a99887766554433221100";
    static final String REFRESH = "CANARYlogRefresh5a4b3c2d1e0f";

    @TempDir
    Path dir;

    @Test
    void aLoggedFailureReachesTheFileInTheDataFolderWithItsSecretsAsFingerprints() throws Exception {
        try (LogFile log = LogFile.install(dir)) {
            System.getLogger("dev.tokendoctor.app.Somewhere").log(System.Logger.Level.WARNING,
                    "refresh failed for " + ACCESS, new IOException("{\"refresh_token\": \"" + REFRESH + "\"} Bearer " + ACCESS));
            assertThat(log.folder()).isEqualTo(dir.resolve("logs"));
        }
        String written;
        try (Stream<Path> files = Files.list(dir.resolve("logs"))) {
            written = files.filter(p -> p.getFileName().toString().endsWith(".log")).map(LogFileTest::read)
                    .collect(Collectors.joining());
        }
        assertThat(written).contains("WARNING").contains("refresh failed for czu_").contains("IOException")
                .doesNotContain(ACCESS).doesNotContain(REFRESH);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
