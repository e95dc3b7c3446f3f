package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void readsEveryOptionInBothSpellings() {
        CommandLine cli = CommandLine.parse(List.of("--lang", "en", "--token-file", "t.json", "--data-dir=/tmp/d"));
        assertThat(cli.errors()).isEmpty();
        assertThat(cli.language()).isEqualTo(Messages.ENGLISH);
        assertThat(cli.tokenFile()).isEqualTo(Path.of("t.json"));
        assertThat(cli.dataDir()).isEqualTo(Path.of("/tmp/d"));
        assertThat(CommandLine.parse(List.of("--lang=zh_CN")).language()).isEqualTo(Messages.CHINESE);
        assertThat(CommandLine.parse(List.of("-h")).help()).isTrue();
    }

    @Test
    void mistakesAreSentencesInTheUsersLanguage() {
        CommandLine cli = CommandLine.parse(List.of("--lang", "fr", "--token-file", "--bogus"));
        Messages zh = new Messages(Messages.CHINESE);
        assertThat(cli.errors()).extracting(zh::format)
                .containsExactly("未知语言“fr”：请使用 zh 或 en。", "--token-file 需要一个值。", "未知选项“--bogus”。");
        assertThat(CommandLine.parse(List.of("--data-dir")).errors()).extracting(new Messages(Messages.ENGLISH)::format)
                .containsExactly("--data-dir needs a value.");
    }

    @Test
    void helpPrintsUsageWithoutStartingJavaFx() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Launcher.main(new String[] {"--help", "--lang", "en"});
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--token-file PATH").contains("--data-dir PATH").contains("--lang zh|en");
    }
}
