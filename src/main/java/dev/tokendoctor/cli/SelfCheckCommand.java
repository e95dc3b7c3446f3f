package dev.tokendoctor.cli;

import dev.tokendoctor.service.SelfCheck;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code self-check}: the installation's libraries, exercised as the app uses them, without a window. */
@Command(name = "self-check", description = "${bundle:cli.cmd.selfCheck}", mixinStandardHelpOptions = true)
final class SelfCheckCommand implements Callable<Integer> {

    @Mixin
    Shared common;

    @Override
    public Integer call() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = SelfCheck.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), common.messages());
        common.terminal().out().print(bytes.toString(StandardCharsets.UTF_8));
        common.terminal().out().flush();
        return code == 0 ? ExitCode.VALID : ExitCode.FAILURE;
    }
}
