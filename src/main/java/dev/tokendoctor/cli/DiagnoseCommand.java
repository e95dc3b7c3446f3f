package dev.tokendoctor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.diagnosis.ConfigCheck;
import dev.tokendoctor.core.diagnosis.ConfigFinding;
import dev.tokendoctor.core.diagnosis.ConfigReport;
import dev.tokendoctor.core.diagnosis.Diagnoser;
import dev.tokendoctor.core.diagnosis.Diagnosis;
import dev.tokendoctor.core.diagnosis.EnvFile;
import dev.tokendoctor.core.diagnosis.Finding;
import dev.tokendoctor.core.diagnosis.Remedy;
import dev.tokendoctor.core.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code diagnose}: what a pasted error means, with its evidence, logid and remedies; {@code --env} adds the .env check. */
@Command(name = "diagnose", description = "${bundle:cli.cmd.diagnose}", mixinStandardHelpOptions = true)
final class DiagnoseCommand implements Callable<Integer> {

    private static final long MAX_ENV_BYTES = 256 * 1024;

    @Mixin
    Shared.WithJson common;

    @ArgGroup(exclusive = true)
    Input input = new Input();

    static final class Input {
        @Option(names = "--text", paramLabel = "TEXT", descriptionKey = "cli.opt.text")
        String text;

        @Option(names = "--file", paramLabel = "PATH", descriptionKey = "cli.opt.file")
        Path file;
    }

    @Option(names = "--env", paramLabel = "PATH", descriptionKey = "cli.opt.env")
    Path env;

    @Override
    public Integer call() throws IOException {
        Terminal t = common.terminal();
        Messages m = common.messages();
        byte[] bytes = read(t, m);
        ConfigReport config = env == null ? null : new ConfigCheck(null).check(envFiles(env));
        Diagnosis diagnosis = new Diagnoser().diagnoseBytes(bytes);
        if (common.json) {
            ObjectNode doc = JsonOut.document("diagnose");
            doc.set("findings", findings(diagnosis, m));
            ArrayNode unreadable = doc.putArray("unreadable");
            diagnosis.unreadable().forEach(u -> unreadable.add(m.format(u)));
            doc.set("config", config == null ? null : config(config, m));
            return JsonOut.print(t, doc, ExitCode.VALID, false);
        }
        print(t, m, diagnosis, config);
        return ExitCode.VALID;
    }

    private byte[] read(Terminal t, Messages m) throws IOException {
        if (input.text != null) {
            return input.text.getBytes(StandardCharsets.UTF_8);
        }
        if (input.file != null) {
            if (!Files.isRegularFile(input.file)) {
                throw CliFailure.usage("cli.err.noFile", input.file);
            }
            return Files.readAllBytes(input.file);
        }
        if (t.interactive()) {
            t.err().println(m.get("cli.diagnose.paste"));
        }
        byte[] bytes = t.in().readNBytes(Diagnoser.MAX_CHARS * 4);
        if (bytes.length == 0 && env == null) {
            throw CliFailure.usage("cli.err.nothingToDiagnose");
        }
        return bytes;
    }

    /** Every .env* file in the folder of {@code path} (or in {@code path} itself), as Vite merges them. */
    static List<EnvFile> envFiles(Path path) throws IOException {
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        if (folder == null || !Files.exists(path)) {
            throw CliFailure.usage("cli.err.noFile", path);
        }
        List<EnvFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.matches("\\.env(\\.[A-Za-z0-9_.-]+)?") && Files.size(p) <= MAX_ENV_BYTES) {
                    files.add(EnvFile.parse(name, Files.readAllBytes(p)));
                }
            }
        }
        return files;
    }

    static ArrayNode findings(Diagnosis diagnosis, Messages m) {
        ArrayNode findings = JsonOut.MAPPER.createArrayNode();
        for (Finding f : diagnosis.findings()) {
            ObjectNode one = findings.addObject();
            one.put("kind", f.kind().name());
            one.put("title", m.format(f.kind().title()));
            one.put("explanation", m.format(f.kind().explanation()));
            one.put("evidence", f.evidence());
            one.put("logId", f.logId());
            ArrayNode remedies = one.putArray("remedies");
            for (Remedy r : f.remedies()) {
                remedies.addObject().put("action", r.action().name()).put("text", m.format(r.instruction()));
            }
        }
        return findings;
    }

    static ObjectNode config(ConfigReport config, Messages m) {
        ObjectNode node = JsonOut.MAPPER.createObjectNode();
        ArrayNode findings = node.putArray("findings");
        for (ConfigFinding f : config.findings()) {
            findings.addObject().put("severity", f.severity().name()).put("check", f.code().name())
                    .put("location", f.location()).put("line", f.shown()).put("message", m.format(f.message()))
                    .put("fixLine", f.fixLine());
        }
        return node;
    }

    private static void print(Terminal t, Messages m, Diagnosis diagnosis, ConfigReport config) {
        if (diagnosis.findings().isEmpty()) {
            t.out().println(m.get("cli.diagnose.nothing"));
        }
        for (Finding f : diagnosis.findings()) {
            t.out().println(t.bold(t.bad(m.format(f.kind().title()))) + "  (" + f.kind() + ")");
            t.out().println("  " + m.format(f.kind().explanation()));
            t.out().println("  " + m.get("cli.out.evidence") + " " + f.evidence());
            f.logIdIfAny().ifPresent(id -> t.out().println("  logid: " + id));
            int n = 1;
            for (Remedy r : f.remedies()) {
                t.out().println("  " + n++ + ". " + m.format(r.instruction()));
            }
        }
        diagnosis.unreadable().forEach(u -> t.out().println(t.warn(m.format(u))));
        if (config != null) {
            t.out().println();
            t.out().println(t.bold(m.get("report.section.config")));
            if (config.findings().isEmpty()) {
                t.out().println("  " + m.get("report.none"));
            }
            for (ConfigFinding f : config.findings()) {
                t.out().println("  " + m.get("severity." + f.severity()) + "  " + f.location() + "  " + m.format(f.message()));
                if (f.fixLine() != null) {
                    t.out().println("    → " + f.fixLine());
                }
            }
        }
    }
}
