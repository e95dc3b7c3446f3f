package dev.tokendoctor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.i18n.Msg;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code undo}: puts back what the last clear or overwrite replaced, byte for byte (the app's own backups). */
@Command(name = "undo", description = "${bundle:cli.cmd.undo}", mixinStandardHelpOptions = true)
final class UndoCommand implements Callable<Integer> {

    @Mixin
    Shared.WithJson common;

    @Override
    public Integer call() throws Exception {
        Terminal t = common.terminal();
        try (CliContext ctx = common.context()) {
            if (!ctx.stored.store().undo()) {
                throw new CliFailure(ExitCode.FAILURE, Msg.of("cli.undo.nothing"));
            }
            Followed after = Followed.resolve(ctx, null);
            TokenView view = new TokenView(ctx.messages, ctx.zone());
            if (common.json) {
                ObjectNode doc = JsonOut.document("undo");
                doc.put("restored", true);
                doc.set("token", view.json(after));
                return JsonOut.print(t, doc, after.exitCode(), false);
            }
            t.out().println(ctx.messages.get("info.undone"));
            view.print(t, after);
            return after.exitCode();
        }
    }
}
