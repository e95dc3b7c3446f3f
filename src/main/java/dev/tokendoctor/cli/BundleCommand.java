package dev.tokendoctor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.diagnosis.ConfigCheck;
import dev.tokendoctor.core.diagnosis.Diagnoser;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.oauth.network.NetworkCheck;
import dev.tokendoctor.report.BundleInput;
import dev.tokendoctor.report.SupportBundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bundle [-o FILE]}: the redacted support bundle the window's wizard exports — the followed
 * token's verdict (fingerprints only), and on request the pasted errors with their diagnosis, the
 * .env check and the network check. {@code bundle show FILE} reads one back.
 */
@Command(name = "bundle", description = "${bundle:cli.cmd.bundle}", mixinStandardHelpOptions = true,
        subcommands = BundleShowCommand.class)
final class BundleCommand implements Callable<Integer> {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Mixin
    Shared.WithJson common;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "cli.opt.output")
    Path output;

    @Option(names = "--errors", paramLabel = "PATH", descriptionKey = "cli.opt.errors")
    Path errors;

    @Option(names = "--steps", paramLabel = "TEXT", descriptionKey = "cli.opt.steps")
    String steps;

    @Option(names = "--env", paramLabel = "PATH", descriptionKey = "cli.opt.env")
    Path env;

    @Option(names = "--network", descriptionKey = "cli.opt.withNetwork")
    boolean network;

    @Override
    public Integer call() throws Exception {
        Terminal t = common.terminal();
        try (CliContext ctx = common.context()) {
            Followed token = Followed.resolve(ctx, null);
            BundleInput in = BundleInput.at(ctx.clock.instant(), ctx.zone())
                    .withToken(token.record().orElse(null), token.health(), token.source()); // a Msg: each section words it in its language
            String pasted = "";
            if (errors != null) {
                if (!Files.isRegularFile(errors)) {
                    throw CliFailure.usage("cli.err.noFile", errors);
                }
                pasted = Files.readString(errors, StandardCharsets.UTF_8);
                in = in.withDiagnosis(new Diagnoser().diagnoseText(pasted));
            }
            in = in.withUserText(steps == null ? "" : steps, pasted);
            if (env != null) {
                in = in.withConfig(new ConfigCheck(null).check(DiagnoseCommand.envFiles(env)));
            }
            if (network) {
                var targets = NetworkCheck.targets(ctx.connection().profile().endpoints());
                try (Spinner spinner = new Spinner(t)) {
                    spinner.label(ctx.messages.get("cli.network.running", 0, NetworkCheck.stepCount(targets)));
                    in = in.withNetwork(NetworkCheck.forThisMachine(ctx.clock).run(targets, (s, n) -> { }));
                }
            }
            in = in.withExchanges(ctx.log.snapshot());
            Path target = output != null ? output
                    : Path.of("coze-token-doctor-bundle-" + FILE_TIME.withZone(ctx.zone()).format(ctx.clock.instant()) + ".zip");
            if (Files.isDirectory(target)) {
                throw new CliFailure(ExitCode.USAGE, Msg.of("cli.err.isFolder", target));
            }
            try {
                SupportBundle.build(in).writeTo(target.toAbsolutePath());
            } catch (IOException e) {
                throw new CliFailure(ExitCode.FAILURE, Msg.of("cli.err.cannotWrite", target.toAbsolutePath()));
            }
            if (common.json) {
                ObjectNode doc = JsonOut.document("bundle");
                doc.put("file", target.toAbsolutePath().toString());
                return JsonOut.print(t, doc, ExitCode.VALID, false);
            }
            t.out().println(ctx.messages.get("cli.bundle.written", target.toAbsolutePath()));
            return ExitCode.VALID;
        }
    }
}
