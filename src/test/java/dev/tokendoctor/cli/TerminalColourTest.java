package dev.tokendoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colour only on a terminal, never with NO_COLOR or a dumb terminal; a pipe gets plain text. */
class TerminalColourTest {

    @TempDir
    Path dir;

    @Test
    void colourFollowsTheTerminalAndNoColor() {
        assertThat(Terminal.colorFor(true, Map.of("TERM", "xterm-256color"))).isTrue();
        assertThat(Terminal.colorFor(false, Map.of("TERM", "xterm-256color"))).isFalse();
        assertThat(Terminal.colorFor(true, Map.of("NO_COLOR", ""))).isFalse();
        assertThat(Terminal.colorFor(true, Map.of("NO_COLOR", "1", "TERM", "xterm"))).isFalse();
        assertThat(Terminal.colorFor(true, Map.of("TERM", "dumb"))).isFalse();
    }

    @Test
    void theSameCommandIsPaintedOnlyWhenAsked() throws IOException {
        assertThat(run(true)).contains("\u001b[").contains("Valid");
        assertThat(run(false)).doesNotContain("\u001b[").contains("Valid");
    }

    private String run(boolean color) throws IOException {
        Path file = Files.writeString(dir.resolve("token.json"),
                TokenFiles.coze("czu_colourtoken0123456789", "refresh0123456789", Instant.now().plusSeconds(7200)));
        StringWriter out = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                new ByteArrayInputStream(new byte[0]), Map.of(), color, color);
        int exit = Cli.execute(new String[] {"status", "--lang", "en", "--token-file", file.toString(),
            "--data-dir", dir.resolve("data").toString()}, terminal);
        assertThat(exit).isZero();
        return out.toString();
    }
}
