package dev.tokendoctor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.report.BundleReader;
import dev.tokendoctor.report.BundleReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bundle show FILE}: a bundle's report, in the reader's language (the half of report.md written in it). */
@Command(name = "show", description = "${bundle:cli.cmd.bundleShow}", mixinStandardHelpOptions = true)
final class BundleShowCommand implements Callable<Integer> {

    @Mixin
    Shared.WithJson common;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.arg.bundleFile")
    Path file;

    @Override
    public Integer call() throws Exception {
        Terminal t = common.terminal();
        Messages m = common.messages();
        if (!Files.isRegularFile(file)) {
            throw CliFailure.usage("cli.err.noFile", file);
        }
        BundleReport report;
        try {
            report = new BundleReader().read(file);
        } catch (BundleReader.NotABundle e) {
            throw new CliFailure(ExitCode.UNREADABLE, Msg.of("bundle.error." + e.reason(), file));
        }
        if (common.json) {
            ObjectNode doc = JsonOut.document("bundle show");
            doc.put("file", file.toAbsolutePath().toString());
            doc.put("bundleSchema", report.schema());
            doc.put("createdAt", report.createdAt() == null ? null : report.createdAt().toString());
            doc.set("report", JsonOut.MAPPER.readTree(report.json()));
            return JsonOut.print(t, doc, ExitCode.VALID, false);
        }
        if (report.newer()) {
            t.err().println(t.warn(m.get("bundle.newer", report.schema())));
        }
        t.out().println(half(report.markdown(), m));
        return ExitCode.VALID;
    }

    /** The half of report.md in the reader's language (each half starts with "## " and its language's name). */
    static String half(String markdown, Messages m) {
        String heading = "## " + m.get("report.language");
        int start = markdown.indexOf(heading);
        if (start < 0) {
            return markdown;
        }
        int next = markdown.indexOf("\n## ", start + heading.length());
        return (next < 0 ? markdown.substring(start) : markdown.substring(start, next)).strip();
    }
}
