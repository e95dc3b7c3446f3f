package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.i18n.Msg;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The configuration check's answer.
 *
 * @param findings most severe first
 * @param settings the effective value of each variable (secrets as fingerprints) and where it came from
 */
public record ConfigReport(List<ConfigFinding> findings, List<Setting> settings) {

    public ConfigReport {
        findings = findings.stream()
                .sorted(Comparator.comparing(ConfigFinding::severity).reversed())
                .toList();
        settings = List.copyOf(settings);
    }

    /** The most severe finding's severity, empty when nothing was found. */
    public Optional<Severity> worst() {
        return findings.stream().map(ConfigFinding::severity).findFirst();
    }

    public boolean has(ConfigFinding.Code code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }

    public List<ConfigFinding> withCode(ConfigFinding.Code code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    /**
     * The findings that explain a failure, as diagnosis findings: evidence is the file, line and
     * masked line; the first remedy writes the exact fix line when one is known.
     */
    public List<Finding> asFindings() {
        List<Finding> out = new ArrayList<>();
        for (ConfigFinding f : findings) {
            if (f.kind() == null || f.severity().compareTo(Severity.MEDIUM) < 0
                    || out.stream().anyMatch(o -> o.kind() == f.kind())) {
                continue;
            }
            List<Remedy> remedies = new ArrayList<>();
            if (f.fixLine() != null) {
                remedies.add(Remedy.of(Remedy.Action.FIX_CONFIGURATION,
                        Msg.of("remedy.FIX_CONFIGURATION.line", f.location(), f.fixLine())));
            }
            RemedyCatalog.forKind(f.kind(), null).stream()
                    .filter(r -> f.fixLine() == null || r.action() != Remedy.Action.FIX_CONFIGURATION)
                    .forEach(remedies::add);
            out.add(new Finding(f.kind(), (f.location() + " " + f.shown()).strip(), null, remedies));
        }
        return out;
    }

    /**
     * A variable's effective value.
     *
     * @param key   the variable
     * @param shown the value, a fingerprint for secrets
     * @param file  the file it came from
     * @param line  its line there
     */
    public record Setting(String key, String shown, String file, int line) {
    }
}
