package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer;
import java.util.ArrayList;
import java.util.List;

/** Diagnoses one pasted text: structured answers first, then the words of SDKs, tools and gateways. */
final class TextDiagnoser {

    private TextDiagnoser() {
    }

    static List<Finding> diagnose(String pasted) {
        // Everything below reads the redacted text: no rule needs a secret, and no fragment can show one.
        String text = Redactor.redact(pasted);
        String logId = LogIds.find(text);
        List<Finding> found = new ArrayList<>();
        for (HttpAnswer answer : AnswerReader.read(text)) {
            FailureKind kind = AnswerClassifier.classify(answer);
            if (kind != null && absent(found, kind)) {
                found.add(Finding.of(kind, Fragments.locate(text, answer), answer.logId() != null ? answer.logId() : logId));
            }
        }
        List<TextRules.Hit> hits = TextRules.match(text);
        boolean specific = !found.isEmpty() || hits.stream().anyMatch(h -> !h.generic());
        for (TextRules.Hit hit : hits) {
            if ((!hit.generic() || !specific) && absent(found, hit.kind())) {
                found.add(Finding.of(hit.kind(), Fragments.around(text, hit.start(), hit.end()), logId));
            }
        }
        return found;
    }

    private static boolean absent(List<Finding> found, FailureKind kind) {
        return found.stream().noneMatch(f -> f.kind() == kind);
    }
}
