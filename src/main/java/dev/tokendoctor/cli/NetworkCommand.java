package dev.tokendoctor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.oauth.network.NetworkCheck;
import dev.tokendoctor.oauth.network.NetworkReport;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code network}: proxy, DNS, TCP, TLS, HTTP and clock towards the configured Coze, each step as it ends. */
@Command(name = "network", description = "${bundle:cli.cmd.network}", mixinStandardHelpOptions = true)
final class NetworkCommand implements Callable<Integer> {

    @Mixin
    Shared.WithJson common;

    @Override
    public Integer call() throws Exception {
        Terminal t = common.terminal();
        try (CliContext ctx = common.context()) {
            Messages m = ctx.messages;
            List<URI> targets = NetworkCheck.targets(ctx.connection().profile().endpoints());
            int total = NetworkCheck.stepCount(targets);
            NetworkReport report;
            try (Spinner spinner = new Spinner(t)) {
                spinner.label(m.get("cli.network.running", 0, total));
                report = NetworkCheck.forThisMachine(ctx.clock).run(targets, (step, done) -> {
                    spinner.label(m.get("cli.network.running", done, total));
                    if (!common.json) {
                        t.out().println(line(t, m, step));
                        t.out().flush();
                    }
                });
            }
            int code = report.allPassed() ? ExitCode.VALID : ExitCode.FAILURE;
            if (common.json) {
                return JsonOut.print(t, document(report), code, false);
            }
            t.out().println(m.get("report.network.clock", report.clockOffset() == null ? "?" : report.clockOffset().toString()));
            t.out().println(report.allPassed() ? t.good(m.get("cli.network.ok")) : t.bad(m.get("cli.network.failed")));
            return code;
        }
    }

    /** One step as it ends, in the reader's language; the step's kind (DNS, TCP, TLS…) is a name, not a word. */
    private static String line(Terminal t, Messages m, NetworkReport.Step step) {
        String said = String.format("%-6s", m.get("cli.network.result." + step.result()));
        String result = switch (step.result()) {
            case OK -> t.good(said);
            case FAILED -> t.bad(said);
            case SKIPPED -> t.warn(said);
        };
        return m.get("cli.network.step", result, String.format("%-6s", step.kind()), step.host(), m.format(step.detail()),
                String.valueOf(step.took().toMillis()));
    }

    /** The {@code --json} shape: the details in English, whatever {@code --lang} says, so scripts can match them. */
    static ObjectNode document(NetworkReport report) {
        Messages english = new Messages(Messages.ENGLISH);
        ObjectNode doc = JsonOut.document("network");
        doc.put("allPassed", report.allPassed());
        ArrayNode steps = doc.putArray("steps");
        report.steps().forEach(s -> steps.addObject().put("host", s.host()).put("step", s.kind().name())
                .put("result", s.result().name()).put("detail", english.format(s.detail())).put("millis", s.took().toMillis()));
        ArrayNode proxies = doc.putArray("proxies");
        report.proxies().forEach(p -> proxies.addObject().put("name", p.name()).put("value", p.value()));
        JsonOut.put(doc, "clockOffsetSeconds", report.clockOffset());
        doc.put("cancelled", report.cancelled());
        return doc;
    }
}
