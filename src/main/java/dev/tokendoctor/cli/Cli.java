package dev.tokendoctor.cli;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.storage.DataDirectory;
import dev.tokendoctor.storage.SettingsStore;
import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The headless face of the app: {@code coze-token-doctor <command> [options]}. Never loads a
 * JavaFX class, so it runs over SSH with no display. Help and messages come from the app's
 * resource bundles, in the language of {@code --lang}, else the app's setting, else the system's.
 */
public final class Cli {

    public static final String NAME = "coze-token-doctor";

    /** Runs one command line in this process, on the process's own streams; the exit code. */
    public static int run(String[] args) {
        Console console = System.console();
        boolean interactive = console != null;
        Charset charset = interactive ? console.charset() : StandardCharsets.UTF_8;
        Map<String, String> env = System.getenv();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        try {
            return execute(args, new Terminal(out, err, System.in, env, interactive, Terminal.colorFor(interactive, env)));
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs one command line on the given terminal; the exit code. */
    public static int execute(String[] args, Terminal terminal) {
        Messages messages = new Messages(language(args));
        CommandLine commandLine = commandLine(new RootCommand(terminal, messages), messages, terminal);
        return commandLine.execute(args);
    }

    /** The parser with every subcommand, our bundle for the help texts and our handlers for mistakes. */
    static CommandLine commandLine(RootCommand root, Messages messages, Terminal terminal) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setResourceBundle(messages.bundle());
        commandLine.setOut(terminal.out());
        commandLine.setErr(terminal.err());
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(terminal.color() ? Ansi.ON : Ansi.OFF));
        commandLine.setParameterExceptionHandler(new UsageErrors(messages, terminal));
        commandLine.setExecutionExceptionHandler(new UsageErrors(messages, terminal));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli's own help command: its description in our language too
        String help = messages.get("cli.cmd.help");
        commandLine.getSubcommands().get("help").getCommandSpec().usageMessage().header(help).description(help);
        return commandLine;
    }

    /** {@code --lang}, else the language saved in the app's settings, else the system's. */
    static Locale language(String[] args) {
        String lang = valueOf(args, "--lang");
        Locale parsed = Messages.parseLanguage(lang);
        if (parsed != null) {
            return parsed;
        }
        String dir = valueOf(args, "--data-dir");
        try {
            Path dataDir = dir != null ? Path.of(dir) : DataDirectory.defaultForThisMachine();
            Locale saved = Messages.parseLanguage(new SettingsStore(dataDir).load().language());
            if (saved != null) {
                return saved;
            }
        } catch (RuntimeException e) {
            // an unusable --data-dir is reported by the command itself, in the system's language
        }
        return Messages.supported(Locale.getDefault());
    }

    private static String valueOf(String[] args, String option) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(option) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(option + "=")) {
                return args[i].substring(option.length() + 1);
            }
        }
        return null;
    }

    private Cli() {
    }
}
