package dev.tokendoctor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.oauth.client.DiagnosisEvidence;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code probe}: asks Coze ({@code GET /v1/users/me}) whether it accepts the followed access token. */
@Command(name = "probe", description = "${bundle:cli.cmd.probe}", mixinStandardHelpOptions = true)
final class ProbeCommand implements Callable<Integer> {

    @Mixin
    Shared.WithJson common;

    @Option(names = "--token-file", paramLabel = "PATH", descriptionKey = "cli.opt.tokenFile")
    Path tokenFile;

    @Override
    public Integer call() throws Exception {
        Terminal t = common.terminal();
        try (CliContext ctx = common.context()) {
            Followed token = Followed.resolve(ctx, tokenFile);
            if (token.record().isEmpty()) {
                throw new CliFailure(token.exitCode(), Msg.of("cli.err.noTokenToProbe"));
            }
            OAuthOutcome outcome = ctx.connection().client().probe(token.record().get().accessToken());
            int code = outcome.succeeded() ? ExitCode.VALID : Outcomes.failureCode(outcome);
            var evidence = DiagnosisEvidence.ofProbe(outcome);
            if (common.json) {
                ObjectNode doc = JsonOut.document("probe");
                doc.set("outcome", Outcomes.json(outcome, ctx.messages, evidence));
                doc.set("token", new TokenView(ctx.messages, ctx.zone()).json(token));
                return JsonOut.print(t, doc, code, false);
            }
            Outcomes.print(t, outcome, ctx.messages, evidence);
            return code;
        }
    }
}
