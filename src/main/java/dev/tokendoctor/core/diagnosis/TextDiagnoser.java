package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer;
import dev.tokendoctor.core.redact.Redactor;
import java.util.ArrayList;
import java.util.List;

/** Diagnoses one pasted text: structured answers first, then the words of SDKs, tools and gateways. */
final class TextDiagnoser {

    private TextDiagnoser() {
    }

    static List<Finding> diagnose(String pasted) {
        // Everything below reads the redacted text: no rule needs a secret, and no fragment can show one.
        String text = Redactor.scrub(pasted);
        String logId = LogIds.find(text);
        List<Finding> found = new ArrayList<>();
        List<Finding> statusOnly = new ArrayList<>();
        for (HttpAnswer answer : AnswerReader.read(text)) {
            FailureKind kind = AnswerClassifier.classify(answer);
            List<Finding> into = answer.error() == null && answer.message() == null && answer.businessCode() == null
                    ? statusOnly : found;
            if (kind != null && absent(found, kind) && absent(statusOnly, kind)) {
                into.add(Finding.of(kind, Fragments.locate(text, answer), answer.logId() != null ? answer.logId() : logId));
            }
        }
        List<TextRules.Hit> hits = TextRules.match(text);
        for (TextRules.Hit hit : hits) {
            if (!hit.generic() && absent(found, hit.kind())) {
                found.add(Finding.of(hit.kind(), Fragments.around(text, hit.start(), hit.end()), logId));
            }
        }
        // A bare status line or a generic word only counts when nothing more specific was said.
        if (found.isEmpty()) {
            found.addAll(statusOnly);
            for (TextRules.Hit hit : hits) {
                if (hit.generic() && absent(found, hit.kind())) {
                    found.add(Finding.of(hit.kind(), Fragments.around(text, hit.start(), hit.end()), logId));
                }
            }
        }
        return found;
    }

    private static boolean absent(List<Finding> found, FailureKind kind) {
        return found.stream().noneMatch(f -> f.kind() == kind);
    }
}
