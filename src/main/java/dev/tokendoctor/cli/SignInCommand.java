package dev.tokendoctor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.diagnosis.Evidence;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.oauth.client.ConnectionProfile;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.DiagnosisEvidence;
import dev.tokendoctor.oauth.client.Grants;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.Sleeper;
import dev.tokendoctor.oauth.signin.DeviceAuthorization;
import dev.tokendoctor.oauth.signin.DeviceCodePoller;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sign-in --device}: the device-code flow in the terminal (the only sign-in that needs no
 * browser on this machine): the code and the page to open anywhere, polling with a spinner, and the
 * new tokens saved to the app's store with a backup of the old ones.
 */
@Command(name = "sign-in", description = "${bundle:cli.cmd.signIn}", mixinStandardHelpOptions = true)
final class SignInCommand implements Callable<Integer> {

    @Mixin
    Shared.WithJson common;

    @Option(names = "--device", required = true, descriptionKey = "cli.opt.device")
    boolean device;

    @Option(names = "--client-id", paramLabel = "ID", descriptionKey = "cli.opt.clientId")
    String clientId;

    @Override
    public Integer call() throws Exception {
        Terminal t = common.terminal();
        try (CliContext ctx = common.context()) {
            Messages m = ctx.messages;
            ConnectionProfile profile = ctx.deviceConnection().profile();
            String id = clientId != null ? clientId : profile.clientId();
            if (id == null || id.isBlank()) {
                throw CliFailure.usage("cli.err.noDeviceClient");
            }
            CozeOAuthClient client = ctx.deviceConnection().client();
            OAuthOutcome issued = client.requestDeviceCode(id);
            if (!(issued instanceof OAuthOutcome.DeviceCodeIssued started)) {
                return finish(t, ctx, issued);
            }
            DeviceAuthorization authorization = started.authorization();
            (common.json ? t.err() : t.out()).println(m.get("cli.signIn.open", authorization.verificationUri()));
            (common.json ? t.err() : t.out()).println(m.get("cli.signIn.code", t.bold(authorization.userCode())));
            (common.json ? t.err() : t.out()).flush();
            OAuthOutcome outcome;
            try (Spinner spinner = new Spinner(t)) {
                spinner.label(m.get("cli.signIn.waiting", authorization.userCode()));
                outcome = new DeviceCodePoller(client, ctx.clock, Sleeper.SYSTEM).poll(id, authorization, () -> false);
            }
            if (outcome instanceof OAuthOutcome.Success success) {
                ctx.stored.save(Grants.toRecord(success.grant()));
            }
            return finish(t, ctx, outcome);
        }
    }

    private int finish(Terminal t, CliContext ctx, OAuthOutcome outcome) throws Exception {
        Followed after = outcome.succeeded() ? Followed.resolve(ctx, null) : null;
        int code = after != null ? after.exitCode() : Outcomes.failureCode(outcome);
        List<Evidence> evidence = DiagnosisEvidence.of(outcome, Evidence.HttpAnswer.Call.TOKEN_DEVICE);
        if (common.json) {
            ObjectNode doc = JsonOut.document("sign-in");
            doc.set("outcome", Outcomes.json(outcome, ctx.messages, evidence));
            doc.set("token", after == null ? null : new TokenView(ctx.messages, ctx.zone()).json(after));
            return JsonOut.print(t, doc, code, false);
        }
        Outcomes.print(t, outcome, ctx.messages, evidence);
        if (after != null) {
            new TokenView(ctx.messages, ctx.zone()).print(t, after);
        }
        return code;
    }
}
