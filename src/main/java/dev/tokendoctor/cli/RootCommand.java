package dev.tokendoctor.cli;

import dev.tokendoctor.core.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code coze-token-doctor}: the options every subcommand shares, and the list of subcommands. */
@Command(name = Cli.NAME, mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "${bundle:cli.cmd.root}", synopsisSubcommandLabel = "COMMAND",
        subcommands = {StatusCommand.class, ScanCommand.class, DiagnoseCommand.class, RefreshCommand.class,
            ProbeCommand.class, SignInCommand.class, NetworkCommand.class, ClearCommand.class, UndoCommand.class,
            BundleCommand.class, SandboxCommand.class, SelfCheckCommand.class, CompletionCommand.class,
            CommandLine.HelpCommand.class})
final class RootCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "PATH", scope = ScopeType.INHERIT, descriptionKey = "cli.opt.dataDir")
    Path dataDir;

    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT, descriptionKey = "cli.opt.lang",
            converter = LanguageConverter.class)
    Locale language;

    @Spec
    CommandSpec spec;

    private final Terminal terminal;
    private final Messages messages;

    RootCommand(Terminal terminal, Messages messages) {
        this.terminal = terminal;
        this.messages = messages;
    }

    Terminal terminal() {
        return terminal;
    }

    Messages messages() {
        return messages;
    }

    /** The app's services over the data folder; the caller closes it. */
    CliContext context() {
        return CliContext.open(dataDir, messages);
    }

    /** No subcommand: the list of them, as a usage mistake. */
    @Override
    public Integer call() {
        spec.commandLine().usage(terminal.err());
        return ExitCode.USAGE;
    }

    /** {@code --lang}: zh or en (and forms like zh_CN), a usage mistake otherwise. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            Locale locale = Messages.parseLanguage(value);
            if (locale == null) {
                throw new CommandLine.TypeConversionException(value);
            }
            return locale;
        }
    }

    /** {@code --version}: the app's version line. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {new Messages(Locale.ENGLISH).get("app.version")};
        }
    }
}
