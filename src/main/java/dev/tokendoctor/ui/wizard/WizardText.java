package dev.tokendoctor.ui.wizard;

import dev.tokendoctor.core.diagnosis.Diagnosis;
import dev.tokendoctor.core.diagnosis.Finding;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.ui.wizard.FixWizardViewModel.FixOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The wizard's sentences, from what it knows, in one language. */
final class WizardText {

    private WizardText() {
    }

    /** What Detect found: the followed token's verdict and source, or how to get one. */
    static String detected(TokenHealth h, String source, int warnings, Messages m) {
        if (h == null || h.state() == HealthState.MISSING) {
            return m.get("wizard.detect.noToken", source);
        }
        return m.get("wizard.detect.token", m.get("state." + h.state()), source, warnings);
    }

    /** One paragraph per finding: title, why, evidence, logid. */
    static List<String> findings(Diagnosis found, Messages m) {
        List<String> lines = new ArrayList<>();
        for (Finding f : found.findings()) {
            lines.add(FindingText.paragraph(m.format(f.kind().title()), m.format(f.kind().explanation()),
                    f.evidenceWords().isEmpty() ? f.evidence() : String.join(" ", f.evidenceWords().stream().map(m::format).toList()),
                    f.logIdIfAny().orElse(""), m));
        }
        if (!lines.isEmpty()) {
            lines.set(0, lines.get(0) + "\n" + verdict(found, m));
        }
        found.notes().forEach(n -> lines.add(m.format(n)));
        found.unreadable().forEach(u -> lines.add(m.format(u)));
        if (lines.isEmpty()) {
            lines.add(m.get("wizard.diagnose.nothing"));
        }
        return lines;
    }

    /** How sure the primary finding is, the close second, and a plain "the token is fine" when it is. */
    private static String verdict(Diagnosis found, Messages m) {
        String line = m.get("wizard.diagnose.certainty", m.get("certainty." + found.certainty()));
        if (found.runnerUp() != null) {
            line += " · " + m.get("diag.runnerUp", m.format(found.runnerUp().title()));
        }
        return found.tokenIsFine() ? m.get("diag.tokenFine") + "\n" + line : line;
    }

    /** The Done step: before and now, the diagnosis, what was done. */
    static List<String> summary(TokenHealth before, String now, Diagnosis diagnosis, List<Msg> actions, Messages m) {
        List<String> lines = new ArrayList<>();
        lines.add(m.get("wizard.done.before", before == null ? "?" : m.get("state." + before.state())));
        lines.add(m.get("wizard.done.after", now));
        diagnosis.primary().ifPresent(f -> lines.add(m.get("wizard.done.diagnosis", m.format(f.kind().title()))));
        actions.forEach(a -> lines.add(m.get("wizard.done.action", m.format(a))));
        return lines;
    }

    /** The primary finding's remedies; what the evidence already ruled out (a refresh Coze refused) goes last, and says so. */
    static List<FixOption> options(Diagnosis found, WizardFixes fixes, Messages m) {
        return found.primary().map(f -> f.remedies().stream()
                .sorted(Comparator.comparing(r -> fixes.ruledOut(r.action())))
                .map(r -> new FixOption(r.action(), fixes.ruledOut(r.action())
                        ? m.get("wizard.fix.ruledOut", m.format(r.instruction())) : m.format(r.instruction()),
                        fixes.doable(r.action()))).toList())
                .orElse(List.of());
    }
}
