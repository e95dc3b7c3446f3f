package dev.tokendoctor.app;

import dev.tokendoctor.service.SelfCheck;

import dev.tokendoctor.cli.Cli;
import dev.tokendoctor.core.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The entry point. With a subcommand ({@code coze-token-doctor status}) it runs the command line
 * and never loads a JavaFX class, so it works over SSH with no display; without one it reads the
 * window's options, answers {@code --help} without a window, then opens the window.
 */
public final class Launcher {

    public static void main(String[] args) {
        if (CommandLine.wantsCommand(List.of(args))) {
            System.exit(Cli.run(args));
        }
        CommandLine cli = CommandLine.parse(List.of(args));
        Messages m = new Messages(cli.language() != null ? cli.language() : Locale.getDefault());
        if (!cli.errors().isEmpty()) {
            cli.errors().forEach(e -> System.err.println(m.format(e)));
            System.err.println();
            System.err.println(cli.usage(m));
            System.exit(2);
        }
        if (cli.help()) {
            System.out.println(cli.usage(m));
            return;
        }
        if (cli.selfCheck()) {
            System.exit(SelfCheck.run(System.out));
        }
        Window.open(args, cli);
    }

    private Launcher() {
    }
}
