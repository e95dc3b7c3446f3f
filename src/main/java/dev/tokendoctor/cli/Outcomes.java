package dev.tokendoctor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.diagnosis.Diagnoser;
import dev.tokendoctor.core.diagnosis.Diagnosis;
import dev.tokendoctor.core.diagnosis.Evidence;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import java.util.List;

/** What a call to Coze came to, for people and for {@code --json}: no secret, the logid when there is one. */
final class Outcomes {

    static Msg sentence(OAuthOutcome outcome) {
        if (outcome instanceof OAuthOutcome.Success s) {
            return Msg.of("cli.outcome.success", Fingerprint.text(s.grant().accessToken()));
        } else if (outcome instanceof OAuthOutcome.Probed p) {
            return Msg.of("cli.outcome.probed", p.user() == null ? "?" : p.user().userName());
        } else if (outcome instanceof OAuthOutcome.OAuthError e) {
            return Msg.of("cli.outcome.oauthError", e.httpStatus(), e.error(), String.valueOf(e.message()), String.valueOf(e.logId()));
        } else if (outcome instanceof OAuthOutcome.BusinessError b) {
            return Msg.of("cli.outcome.businessError", String.valueOf(b.code()), b.msg(), String.valueOf(b.logId()));
        } else if (outcome instanceof OAuthOutcome.NetworkFailure n) {
            return Msg.of("cli.outcome.network", n.kind().name(), n.message());
        } else if (outcome instanceof OAuthOutcome.ProtocolError p) {
            return Msg.of("cli.outcome.protocol", p.httpStatus(), p.problem().name());
        } else if (outcome instanceof OAuthOutcome.ReauthorizationRequired r) {
            return Msg.of("cli.outcome.reauth", r.reason().name());
        } else if (outcome instanceof OAuthOutcome.Cancelled) {
            return Msg.of("cli.outcome.cancelled");
        } else if (outcome instanceof OAuthOutcome.InvalidInput i) {
            return Msg.of("cli.outcome.invalidInput", i.field());
        } else if (outcome instanceof OAuthOutcome.StorageFailure f) {
            return Msg.of("cli.outcome.storage", f.causeClass());
        }
        return Msg.of("cli.outcome.other", outcome.getClass().getSimpleName());
    }

    /** The exit code of a refresh or probe outcome that did not succeed. */
    static int failureCode(OAuthOutcome outcome) {
        if (outcome instanceof OAuthOutcome.ReauthorizationRequired r) {
            return r.reason() == OAuthOutcome.ReauthorizationRequired.Reason.MISSING ? ExitCode.NO_TOKEN : ExitCode.NEEDS_SIGN_IN;
        }
        if (outcome instanceof OAuthOutcome.BusinessError b && b.tokenRejected()) {
            return ExitCode.EXPIRED_REFRESHABLE;
        }
        return ExitCode.FAILURE;
    }

    static ObjectNode json(OAuthOutcome outcome, Messages m, List<Evidence> evidence) {
        ObjectNode node = JsonOut.MAPPER.createObjectNode();
        node.put("type", outcome.getClass().getSimpleName());
        node.put("succeeded", outcome.succeeded());
        node.put("text", m.format(sentence(outcome)));
        node.put("logId", logId(outcome));
        Diagnosis diagnosis = outcome.succeeded() ? null : new Diagnoser().diagnose(evidence);
        node.set("findings", diagnosis == null ? JsonOut.MAPPER.createArrayNode() : DiagnoseCommand.findings(diagnosis, m));
        return node;
    }

    static void print(Terminal t, OAuthOutcome outcome, Messages m, List<Evidence> evidence) {
        String text = m.format(sentence(outcome));
        t.out().println(outcome.succeeded() ? t.good(t.bold(text)) : t.bad(t.bold(text)));
        if (!outcome.succeeded()) {
            new Diagnoser().diagnose(evidence).findings().forEach(f -> {
                t.out().println("  " + m.format(f.kind().title()) + " (" + f.kind() + ")");
                f.remedies().stream().findFirst().ifPresent(r -> t.out().println("  → " + m.format(r.instruction())));
            });
        }
    }

    private static String logId(OAuthOutcome outcome) {
        if (outcome instanceof OAuthOutcome.OAuthError e) {
            return e.logId();
        } else if (outcome instanceof OAuthOutcome.BusinessError b) {
            return b.logId();
        } else if (outcome instanceof OAuthOutcome.ProtocolError p) {
            return p.logId();
        } else if (outcome instanceof OAuthOutcome.ReauthorizationRequired r && r.evidence() != null) {
            return logId(r.evidence());
        }
        return null;
    }

    private Outcomes() {
    }
}
