package dev.tokendoctor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.storage.TokenStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code clear}: removes the app's stored tokens, keeping them as the same backup the window keeps
 * ({@code undo} puts them back). Asks first on a terminal; a script says {@code --yes}.
 */
@Command(name = "clear", description = "${bundle:cli.cmd.clear}", mixinStandardHelpOptions = true)
final class ClearCommand implements Callable<Integer> {

    @Mixin
    Shared.WithJson common;

    @Option(names = {"--yes", "-y"}, descriptionKey = "cli.opt.yes")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        Terminal t = common.terminal();
        try (CliContext ctx = common.context()) {
            Messages m = ctx.messages;
            TokenStore store = ctx.stored.store();
            if (store.read().isEmpty()) {
                throw new CliFailure(ExitCode.NO_TOKEN, Msg.of("cli.clear.nothing", store.file()));
            }
            if (!yes && !confirmed(t, m, store)) {
                throw CliFailure.usage("cli.err.confirm");
            }
            store.clear();
            String backup = store.backups().stream().findFirst().map(String::valueOf).orElse("?");
            if (common.json) {
                ObjectNode doc = JsonOut.document("clear");
                doc.put("cleared", true).put("file", store.file().toString()).put("backup", backup);
                return JsonOut.print(t, doc, ExitCode.VALID, false);
            }
            t.out().println(m.get("cli.clear.done", backup));
            return ExitCode.VALID;
        }
    }

    private static boolean confirmed(Terminal t, Messages m, TokenStore store) throws Exception {
        if (!t.interactive()) {
            return false;
        }
        t.out().print(m.get("cli.clear.ask", store.file()) + " [y/N] ");
        t.out().flush();
        String answer = new BufferedReader(new InputStreamReader(t.in(), StandardCharsets.UTF_8)).readLine();
        return answer != null && answer.trim().toLowerCase(Locale.ROOT).matches("y|yes|是");
    }
}
