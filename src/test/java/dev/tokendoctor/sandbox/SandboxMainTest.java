package dev.tokendoctor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxMainTest extends SandboxTestBase {

    @Test
    void parsesPortLifetimeAndHelp() {
        SandboxMain.Options options = SandboxMain.parse(new String[] {"--port", "8082", "--access-lifetime", "60"});
        assertThat(options.port()).isEqualTo(8082);
        assertThat(options.accessLifetime()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.help()).isFalse();
        assertThat(SandboxMain.parse(new String[] {"--help"}).help()).isTrue();
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port", "x"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--bogus"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describesTheDemoAppsButNotThePrivateKey() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SandboxMain.describe(sandbox, Path.of("key.pem"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text).contains(sandbox.baseUrl(), sandbox.demo().webClientId(), sandbox.demo().pkceClientId(),
                sandbox.demo().deviceClientId(), sandbox.demo().jwtAppId(), sandbox.demo().jwtKid(), "key.pem",
                "http://localhost:8082/oauth/callback")
                .doesNotContain("PRIVATE KEY");
        assertThat(sandbox.demo().toString()).doesNotContain(sandbox.demo().webClientSecret());
    }
}
