package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.i18n.Msg;
import java.util.List;
import java.util.Optional;

/**
 * What the evidence shows: findings, most important first, and the inputs that could not be
 * read at all (binary, huge or empty pastes), each as a sentence for the user.
 */
public record Diagnosis(List<Finding> findings, List<Msg> unreadable) {

    public Diagnosis {
        findings = List.copyOf(findings);
        unreadable = List.copyOf(unreadable);
    }

    /** The most important finding. */
    public Optional<Finding> primary() {
        return findings.stream().findFirst();
    }

    /** The kinds found, in order. */
    public List<FailureKind> kinds() {
        return findings.stream().map(Finding::kind).toList();
    }

    public boolean has(FailureKind kind) {
        return findings.stream().anyMatch(f -> f.kind() == kind);
    }

    /** The first logid any finding carries. */
    public Optional<String> logId() {
        return findings.stream().map(Finding::logId).filter(id -> id != null).findFirst();
    }
}
