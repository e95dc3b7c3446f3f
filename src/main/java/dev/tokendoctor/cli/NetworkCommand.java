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
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code network}: proxy, DNS, TCP, TLS, HTTP and clock towards the configured Coze, each step as it ends. */
@Command(name = "network", description = "${bundle:cli.cmd.network}", mixinStandardHelpOptions = true)
final class NetworkCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--json", descriptionKey = "cli.opt.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Terminal t = root.terminal();
        try (CliContext ctx = root.context()) {
            Messages m = ctx.messages;
            List<URI> targets = NetworkCheck.targets(ctx.connection().profile().endpoints());
            int total = NetworkCheck.stepCount(targets);
            NetworkReport report;
            try (Spinner spinner = new Spinner(t)) {
                spinner.label(m.get("cli.network.running", 0, total));
                report = NetworkCheck.forThisMachine(ctx.clock).run(targets, (step, done) -> {
                    spinner.label(m.get("cli.network.running", done, total));
                    if (!json) {
                        t.out().println(line(t, step));
                        t.out().flush();
                    }
                });
            }
            int code = report.allPassed() ? ExitCode.VALID : ExitCode.FAILURE;
            if (json) {
                return JsonOut.print(t, document(report), code, false);
            }
            t.out().println(m.get("report.network.clock", report.clockOffset() == null ? "?" : report.clockOffset().toString()));
            t.out().println(report.allPassed() ? t.good(m.get("cli.network.ok")) : t.bad(m.get("cli.network.failed")));
            return code;
        }
    }

    private static String line(Terminal t, NetworkReport.Step step) {
        String result = switch (step.result()) {
            case OK -> t.good("OK    ");
            case FAILED -> t.bad("FAILED");
            case SKIPPED -> t.warn("SKIP  ");
        };
        return result + " " + String.format("%-6s", step.kind()) + " " + step.host() + "  " + step.detail()
                + " (" + step.took().toMillis() + " ms)";
    }

    static ObjectNode document(NetworkReport report) {
        ObjectNode doc = JsonOut.document("network");
        doc.put("allPassed", report.allPassed());
        ArrayNode steps = doc.putArray("steps");
        report.steps().forEach(s -> steps.addObject().put("host", s.host()).put("step", s.kind().name())
                .put("result", s.result().name()).put("detail", s.detail()).put("millis", s.took().toMillis()));
        ArrayNode proxies = doc.putArray("proxies");
        report.proxies().forEach(p -> proxies.addObject().put("name", p.name()).put("value", p.value()));
        JsonOut.put(doc, "clockOffsetSeconds", report.clockOffset());
        doc.put("cancelled", report.cancelled());
        return doc;
    }
}
