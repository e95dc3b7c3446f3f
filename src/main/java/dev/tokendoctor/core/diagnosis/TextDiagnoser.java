package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer;
import dev.tokendoctor.core.diagnosis.TextRules.Hit;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.redact.Redactor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnoses one pasted text by weighing every signal in it: Coze answers (code, OAuth error,
 * status), the words of Coze, SDKs, tools and gateways, network error names, Chinese phrasing, and
 * the flow and endpoint they belong to. The most specific kind wins, with its evidence, how sure it
 * is, and the runner-up when close.
 */
final class TextDiagnoser {

    /** What one text gave. */
    record Verdict(List<Finding> findings, Certainty certainty, FailureKind runnerUp, List<Msg> notes) {
    }

    private TextDiagnoser() {
    }

    static Verdict diagnose(String pasted) {
        BoundedText bounded = BoundedText.of(pasted);
        // Everything below reads the redacted text: no rule needs a secret, and no fragment can show one.
        String text = Redactor.scrub(bounded.text());
        String logId = LogIds.find(text);
        FlowContext context = FlowContext.of(text);
        List<Hit> hits = new ArrayList<>();
        Map<FailureKind, String> answerEvidence = new EnumMap<>(FailureKind.class);
        for (HttpAnswer answer : AnswerReader.read(text)) {
            for (Hit hit : AnswerClassifier.signals(answer, context.call())) {
                hits.add(hit);
                answerEvidence.putIfAbsent(hit.kind(), Fragments.locate(text, answer));
            }
            if (logId == null) {
                logId = answer.logId();
            }
        }
        String lines = bounded.linesForRules(text);
        hits.addAll(TextRules.match(lines));
        hits.addAll(TextRules.match(NetworkRules.RULES, lines));
        hits.addAll(TextRules.match(ChineseRules.RULES, lines));
        Scores scores = Scores.of(hits, context);
        List<Msg> notes = bounded.cut() ? List.of(Msg.of("diag.cut", bounded.kept(), bounded.total())) : List.of();
        if (scores.best() == null) {
            Finding unknown = Unknowns.finding(text, context, logId);
            return new Verdict(List.of(unknown), Certainty.LOW, null, notes);
        }
        List<Finding> found = new ArrayList<>();
        int top = scores.of(scores.best());
        for (FailureKind kind : scores.ranked()) {
            if (found.isEmpty() || scores.of(kind) >= TextRules.PHRASE && scores.of(kind) >= top - 2 * Scores.CLOSE) {
                Hit hit = scores.strongest(kind);
                String evidence = hit.start() >= 0 ? Fragments.around(lines, hit.start(), hit.end())
                        : answerEvidence.getOrDefault(kind, Fragments.firstLine(text));
                found.add(Finding.of(kind, evidence, logId, context.flow()));
            }
        }
        return new Verdict(found, scores.certainty(), scores.runnerUp(), notes);
    }
}
