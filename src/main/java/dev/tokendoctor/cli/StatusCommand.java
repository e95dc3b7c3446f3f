package dev.tokendoctor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code status}: the verdict on the followed token, once or as a live line. */
@Command(name = "status", description = "${bundle:cli.cmd.status}", mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {

    @Mixin
    Shared.WithJson common;

    @Option(names = "--token-file", paramLabel = "PATH", descriptionKey = "cli.opt.tokenFile")
    Path tokenFile;

    @Option(names = "--watch", descriptionKey = "cli.opt.watch")
    boolean watch;

    @Override
    public Integer call() throws Exception {
        Terminal t = common.terminal();
        try (CliContext ctx = common.context()) {
            TokenView view = new TokenView(ctx.messages, ctx.zone());
            Followed token = Followed.resolve(ctx, tokenFile);
            if (watch) {
                return watch(ctx, t, view, token);
            }
            if (common.json) {
                ObjectNode doc = JsonOut.document("status");
                doc.set("token", view.json(token));
                return JsonOut.print(t, doc, token.exitCode(), false);
            }
            view.print(t, token);
            return token.exitCode();
        }
    }

    /** Once a second until interrupted: rewritten in place on a terminal, a line (or JSON line) per second otherwise. */
    private int watch(CliContext ctx, Terminal t, TokenView view, Followed first) throws Exception {
        Followed token = first;
        if (t.interactive() && !common.json) {
            // Ctrl+C ends the process mid-line: leave the shell's prompt on a line of its own
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                t.out().println();
                t.out().flush();
            }, "cli-watch-newline"));
        }
        while (!Thread.currentThread().isInterrupted()) {
            if (common.json) {
                ObjectNode doc = JsonOut.document("status");
                doc.set("token", view.json(token));
                JsonOut.print(t, doc, token.exitCode(), true);
            } else if (t.interactive()) {
                t.out().print("\r\u001b[K" + view.paint(t, token.health().state(), view.line(token)));
                t.out().flush();
            } else {
                t.out().println(view.line(token));
            }
            Thread.sleep(1000);
            token = token.fromBrowser() ? token.reevaluated(ctx) : Followed.resolve(ctx, tokenFile);
        }
        return token.exitCode();
    }
}
