package dev.tokendoctor.ui.wizard;

import dev.tokendoctor.core.diagnosis.Diagnosis;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.ui.wizard.FixWizardViewModel.FixOption;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last diagnosis as the Diagnose and Fix steps show it. The diagnosis itself is kept, not
 * just its sentences, so a language switch renders the same findings again.
 */
final class ShownDiagnosis {

    private final WizardFixes fixes;
    private final ReadOnlyStringWrapper primary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<FixOption> options = FXCollections.observableArrayList();
    private Diagnosis diagnosis = new Diagnosis(List.of(), List.of());

    ShownDiagnosis(WizardFixes fixes) {
        this.fixes = fixes;
    }

    Diagnosis diagnosis() { return diagnosis; }
    ReadOnlyStringProperty primaryProperty() { return primary.getReadOnlyProperty(); }
    ObservableList<String> findings() { return findings; }
    ObservableList<FixOption> options() { return options; }

    void show(Diagnosis found, Messages m) {
        diagnosis = found;
        findings.setAll(WizardText.findings(found, m));
        primary.set(found.primary().map(f -> m.format(f.kind().title())).orElse(m.get("wizard.fix.nothing")));
        options.setAll(WizardText.options(found, fixes, m));
    }
}
