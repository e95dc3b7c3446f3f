package dev.tokendoctor.cli;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Turns every mistake into one line in the user's language with the right exit code: usage
 * mistakes (2) with a pointer to the command's help, failures (1, or the failure's own code)
 * with a sentence. Never a stack trace: what a user sees is the sentence, not the code path.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

    private final Messages m;
    private final Terminal terminal;

    UsageErrors(Messages messages, Terminal terminal) {
        this.m = messages;
        this.terminal = terminal;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        String help = ex.getCommandLine().getCommandSpec().qualifiedName() + " --help";
        terminal.err().println(terminal.bad(m.format(sentence(ex))) + "  " + m.get("cli.err.seeHelp", help));
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (ex instanceof CliFailure failure) {
            terminal.err().println(terminal.bad(m.format(failure.sentence())));
            return failure.exitCode();
        }
        terminal.err().println(terminal.bad(m.format(failureSentence(ex))));
        return ExitCode.FAILURE;
    }

    static Msg sentence(ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
            return first.startsWith("-") ? Msg.of("cli.error.unknown", first) : Msg.of("cli.err.unknownCommand", first);
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            ArgSpec arg = missing.getMissing().isEmpty() ? null : missing.getMissing().get(0);
            return Msg.of("cli.error.missingValue", name(arg));
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return Msg.of("cli.err.exclusive");
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            if (arg instanceof OptionSpec option && option.longestName().equals("--lang")) {
                return Msg.of("cli.error.language", ex.getValue());
            }
            return Msg.of("cli.err.badValue", ex.getValue(), name(arg));
        }
        return Msg.of("cli.err.usage");
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg == null ? "?" : arg.paramLabel();
    }

    /** A sentence for an unexpected failure: what kind and which file, never a secret or a trace. */
    static Msg failureSentence(Exception ex) {
        Throwable cause = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : ex;
        if (cause instanceof NoSuchFileException missing) {
            return Msg.of("cli.err.noFile", missing.getFile());
        }
        if (cause instanceof AccessDeniedException denied) {
            return Msg.of("cli.err.denied", denied.getFile());
        }
        if (cause instanceof IOException) {
            return Msg.of("cli.err.io", cause.getClass().getSimpleName());
        }
        return Msg.of("cli.err.failed", cause.getClass().getSimpleName());
    }
}
