package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.i18n.Msg;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One diagnosed failure.
 *
 * @param kind     what failed
 * @param evidence the fragment of text or the check that shows it, secrets replaced by fingerprints
 * @param logId    the Coze logid found with it, or null
 * @param remedies what to do, in order
 * @param evidenceWords the same evidence as sentences for the user, when it has them (a verdict's reasons)
 */
public record Finding(FailureKind kind, String evidence, String logId, List<Remedy> remedies, List<Msg> evidenceWords) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        evidence = evidence == null ? "" : evidence;
        remedies = List.copyOf(remedies);
        evidenceWords = evidenceWords == null ? List.of() : List.copyOf(evidenceWords);
    }

    public Finding(FailureKind kind, String evidence, String logId, List<Remedy> remedies) {
        this(kind, evidence, logId, remedies, List.of());
    }

    /** The same finding, with its evidence also in words. */
    public Finding withWords(List<Msg> words) {
        return new Finding(kind, evidence, logId, remedies, words);
    }

    /** A finding with the catalog's remedies for its kind. */
    public static Finding of(FailureKind kind, String evidence, String logId) {
        return new Finding(kind, evidence, logId, RemedyCatalog.forKind(kind, logId));
    }

    /** A finding with the catalog's remedies for its kind in this flow. */
    public static Finding of(FailureKind kind, String evidence, String logId, Flow flow) {
        return new Finding(kind, evidence, logId, RemedyCatalog.forKind(kind, logId, flow));
    }

    public Optional<String> logIdIfAny() {
        return Optional.ofNullable(logId);
    }

    /** The first step the app can carry out itself, if any. */
    public Optional<Remedy> firstAutomatable() {
        return remedies.stream().filter(Remedy::automatable).findFirst();
    }
}
