package dev.tokendoctor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.oauth.client.DiagnosisEvidence;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.service.RefreshService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code refresh}: refreshes the app's stored token through the configured connection, as the window's button does. */
@Command(name = "refresh", description = "${bundle:cli.cmd.refresh}", mixinStandardHelpOptions = true)
final class RefreshCommand implements Callable<Integer> {

    @Mixin
    Shared.WithJson common;

    @Override
    public Integer call() throws Exception {
        Terminal t = common.terminal();
        try (CliContext ctx = common.context();
             RefreshService refresh = new RefreshService(ctx.connection(), ctx.stored, ctx.clock,
                     ctx.settings::connection, outcome -> { })) {
            OAuthOutcome outcome = refresh.refreshNow();
            Followed after = Followed.resolve(ctx, null);
            int code = outcome.succeeded() ? after.exitCode() : Outcomes.failureCode(outcome);
            var evidence = DiagnosisEvidence.ofRefresh(outcome);
            if (common.json) {
                ObjectNode doc = JsonOut.document("refresh");
                doc.set("outcome", Outcomes.json(outcome, ctx.messages, evidence));
                doc.set("token", new TokenView(ctx.messages, ctx.zone()).json(after));
                return JsonOut.print(t, doc, code, false);
            }
            Outcomes.print(t, outcome, ctx.messages, evidence);
            new TokenView(ctx.messages, ctx.zone()).print(t, after);
            return code;
        }
    }
}
