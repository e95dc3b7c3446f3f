package dev.tokendoctor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.source.StorageEntry;
import dev.tokendoctor.storage.tokens.FoundToken;
import dev.tokendoctor.storage.tokens.TokenFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code scan}: every store the inspector reads, tokens only unless {@code --all}; browsers' files are only read. */
@Command(name = "scan", description = "${bundle:cli.cmd.scan}", mixinStandardHelpOptions = true)
final class ScanCommand implements Callable<Integer> {

    @Mixin
    Shared.WithJson common;

    @Option(names = "--folder", paramLabel = "PATH", descriptionKey = "cli.opt.folder")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--all", descriptionKey = "cli.opt.all")
    boolean all;

    @Override
    public Integer call() {
        Terminal t = common.terminal();
        try (CliContext ctx = common.context()) {
            Messages m = ctx.messages;
            Sources.Scanned scanned = Sources.scan(ctx, folders, source -> {
                if (!common.json && t.interactive()) {
                    t.err().print("\r\u001b[K" + m.get("cli.scan.reading", source.displayName()));
                    t.err().flush();
                }
            });
            if (!common.json && t.interactive()) {
                t.err().print("\r\u001b[K");
                t.err().flush();
            }
            int code = scanned.freshest().map(f -> ExitCode.of(f.token().health().state())).orElse(ExitCode.NO_TOKEN);
            if (common.json) {
                return JsonOut.print(t, document(scanned, m), code, false);
            }
            print(t, m, scanned);
            return code;
        }
    }

    private ObjectNode document(Sources.Scanned scanned, Messages m) {
        ObjectNode doc = JsonOut.document("scan");
        ArrayNode sources = doc.putArray("sources");
        for (ScanResult r : scanned.results()) {
            ObjectNode s = sources.addObject();
            s.put("id", r.sourceId());
            s.put("kind", r.kind().name());
            s.put("name", r.displayName());
            s.put("writable", r.writable());
            s.put("entryCount", r.entries().count());
            ArrayNode entries = s.putArray("entries");
            r.entries().filter(e -> all || isToken(e)).forEach(e -> {
                ObjectNode one = entries.addObject();
                one.put("origin", e.origin());
                one.put("key", e.key());
                one.put("sizeBytes", e.sizeBytes());
                one.put("fingerprint", Fingerprint.text(e.value()));
                JsonOut.put(one, "lastModified", e.lastModified());
            });
            ArrayNode errors = s.putArray("errors");
            for (ScanError error : r.errors()) {
                errors.addObject().put("problem", error.problem().name()).put("message", m.format(error.message()));
            }
        }
        ArrayNode tokens = doc.putArray("tokens");
        for (FoundToken found : scanned.tokens()) {
            ObjectNode one = tokens.addObject();
            one.put("source", found.sourceName());
            one.put("origin", found.origin());
            one.put("key", found.key());
            one.put("fingerprint", found.fingerprint().toString());
            one.put("state", found.health().state().name());
            JsonOut.put(one, "expiresAt", found.expiresAt().orElse(null));
        }
        scanned.freshest().ifPresentOrElse(f -> doc.putObject("freshest").put("source", f.token().sourceName())
                .put("origin", f.token().origin()).put("fingerprint", f.token().fingerprint().toString())
                .put("why", m.format(f.why())), () -> doc.putNull("freshest"));
        return doc;
    }

    private void print(Terminal t, Messages m, Sources.Scanned scanned) {
        for (ScanResult r : scanned.results()) {
            List<StorageEntry> shown = r.entries().filter(e -> all || isToken(e)).toList();
            t.out().println(t.bold(r.displayName()) + "  " + m.get("cli.scan.counts", r.entries().count(), shown.size()));
            for (StorageEntry e : shown) {
                t.out().println("  " + e.origin() + "  " + e.key() + "  " + Fingerprint.text(e.value()));
            }
            for (ScanError error : r.errors()) {
                if (error.problem() != ScanError.Problem.NOT_FOUND) {
                    t.out().println("  " + t.warn(m.format(error.message())));
                }
            }
        }
        t.out().println();
        scanned.freshest().ifPresentOrElse(f -> t.out().println(t.bold(m.get("cli.scan.freshest")) + " "
                + m.get("state." + f.token().health().state()) + " · " + m.format(f.why())),
                () -> t.out().println(m.get("cli.scan.noToken")));
    }

    private static boolean isToken(StorageEntry e) {
        return TokenFinder.KEY.equals(e.key()) || TokenFinder.looksLikeToken(e.value());
    }
}
