package dev.tokendoctor.app;

import dev.tokendoctor.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;

/** The entry point: reads the command line, answers {@code --help} without a window, then starts JavaFX. */
public final class Launcher {

    public static void main(String[] args) {
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
        Application.launch(TokenDoctorApp.class, args);
    }

    private Launcher() {
    }
}
