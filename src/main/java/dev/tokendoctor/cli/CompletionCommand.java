package dev.tokendoctor.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code completion}: a completion script for bash and zsh, generated from the commands themselves:
 * {@code source <(coze-token-doctor completion)}.
 */
@Command(name = "completion", description = "${bundle:cli.cmd.completion}", mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String script = AutoComplete.bash(Cli.NAME, spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCode.VALID;
    }
}
