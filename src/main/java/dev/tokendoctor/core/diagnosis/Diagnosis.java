package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.i18n.Msg;
import java.util.List;
import java.util.Optional;

/**
 * What the evidence shows: findings, most important first, and the inputs that could not be
 * read at all (binary, huge or empty pastes), each as a sentence for the user.
 *
 * @param certainty how sure the primary finding is
 * @param runnerUp  the second candidate when it came close to the primary one, or null
 * @param notes     what the user should know about how the evidence was read (e.g. a paste was cut)
 */
public record Diagnosis(List<Finding> findings, List<Msg> unreadable, Certainty certainty, FailureKind runnerUp,
                        List<Msg> notes) {

    public Diagnosis {
        findings = List.copyOf(findings);
        unreadable = List.copyOf(unreadable);
        certainty = certainty == null ? Certainty.HIGH : certainty;
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Diagnosis(List<Finding> findings, List<Msg> unreadable) {
        this(findings, unreadable, Certainty.HIGH, null, List.of());
    }

    /** The second candidate, when close. */
    public Optional<FailureKind> runnerUpIfAny() {
        return Optional.ofNullable(runnerUp);
    }

    /** Whether the evidence says plainly that the token is fine and something else is wrong. */
    public boolean tokenIsFine() {
        return primary().map(f -> !f.kind().tokenProblem() && f.kind() != FailureKind.UNKNOWN).orElse(false);
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
