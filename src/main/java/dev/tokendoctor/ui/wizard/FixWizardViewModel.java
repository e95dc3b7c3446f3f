package dev.tokendoctor.ui.wizard;

import dev.tokendoctor.core.diagnosis.Diagnoser;
import dev.tokendoctor.core.diagnosis.Diagnosis;
import dev.tokendoctor.core.diagnosis.Evidence;
import dev.tokendoctor.core.diagnosis.Remedy.Action;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.report.BundleInput;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.common.BackgroundTasks;
import dev.tokendoctor.ui.common.ClipboardService;
import dev.tokendoctor.ui.common.DialogService;
import dev.tokendoctor.ui.common.Feedback;
import dev.tokendoctor.ui.common.OutcomeText;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The guided fix: Detect (the followed token, a pasted error, a project's .env) → Diagnose (the
 * kinds with their evidence) → Fix (the remedies of the primary finding, the app doing those it
 * can) → Verify (ask Coze; on failure back to Diagnose with the answer as new evidence) → Done (a
 * summary and the support bundle). Back is always possible; destructive steps go through the
 * status screen's confirmation and backup. Knows no scene graph.
 */
public final class FixWizardViewModel {

    public enum Step { DETECT, DIAGNOSE, FIX, VERIFY, DONE }

    /** A remedy as the Fix step shows it; {@code doable}: the wizard has a button for it. */
    public record FixOption(Action action, String instruction, boolean doable) {
    }

    private final WizardToken token;
    private final WizardGateway gateway;
    private final WizardFixes fixes;
    private final NetworkCheckRunner network;
    private final BundleExport bundle;
    private Messages messages;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.DETECT);
    private final StringProperty pastedError = new SimpleStringProperty("");
    private final StringProperty reproduction = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper detected = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusNow = new ReadOnlyStringWrapper("");
    /** The answer to the last action: one at a time, re-rendered when the language changes. */
    private final Feedback feedback;
    private final BackgroundTasks tasks;
    private final ReadOnlyBooleanWrapper verified = new ReadOnlyBooleanWrapper(false);
    private final TokenPicker picker = new TokenPicker();
    private final PageWriteBack writeBack = new PageWriteBack();
    private final ObservableList<String> summary = FXCollections.observableArrayList();

    private final WizardHistory history;
    private final ShownDiagnosis shown;
    private Described described;

    public FixWizardViewModel(WizardToken token, WizardGateway gateway, BackgroundExecutor executor, Executor uiThread,
                              DialogService dialogs, ClipboardService clipboard, Clock clock, Messages messages) {
        this.token = token;
        this.gateway = gateway;
        this.tasks = new BackgroundTasks(executor);
        this.messages = messages;
        this.feedback = new Feedback(messages);
        this.history = new WizardHistory(token, gateway, clock);
        this.network = new NetworkCheckRunner(gateway, executor, uiThread);
        this.bundle = new BundleExport(executor);
        this.fixes = new WizardFixes(this, token, dialogs, clipboard);
        this.shown = new ShownDiagnosis(fixes);
        token.health().addListener((o, a, h) -> describeToken());
        token.lastRefresh().addListener((o, a, outcome) -> fixes.refreshDone(outcome));
        describeToken();
    }

    // --- state -------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Step> stepProperty() { return step.getReadOnlyProperty(); }
    public Step step() { return step.get(); }
    /** Writable: the error text the user saw. */
    public StringProperty pastedErrorProperty() { return pastedError; }
    /** Writable: how to reproduce, for the support bundle. */
    public StringProperty reproductionProperty() { return reproduction; }
    public ReadOnlyStringProperty detectedProperty() { return detected.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusNowProperty() { return statusNow.getReadOnlyProperty(); }
    /** The primary finding's title, for the Fix step. */
    public ReadOnlyStringProperty primaryProperty() { return shown.primaryProperty(); }
    public ReadOnlyStringProperty infoProperty() { return feedback.infoProperty(); }
    public ReadOnlyStringProperty errorProperty() { return feedback.errorProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
    public ReadOnlyBooleanProperty verifiedProperty() { return verified.getReadOnlyProperty(); }
    public ObservableList<String> findings() { return shown.findings(); }
    /** Tokens found elsewhere that Detect offers instead of the followed one. */
    public TokenPicker picker() { return picker; }
    /** Writing the new tokens back into the web app's page open in the app's WebView. */
    public PageWriteBack writeBack() { return writeBack; }
    public ObservableList<FixOption> options() { return shown.options(); }
    public ObservableList<String> summary() { return summary; }
    /** The Fix step's commands (refresh, sign-in, clear, console lines, config, network, clock) and the bundle. */
    public WizardFixes fixes() { return fixes; }
    public NetworkCheckRunner network() { return network; }
    public BundleExport bundle() { return bundle; }
    public Diagnosis diagnosis() { return shown.diagnosis(); }
    public Messages messages() { return messages; }
    WizardGateway gateway() { return gateway; }

    public BooleanBinding canBack() {
        return Bindings.createBooleanBinding(() -> step.get() != Step.DETECT, step).and(tasks.busyProperty().not());
    }

    public BooleanBinding canNext() {
        return Bindings.createBooleanBinding(() -> step.get() != Step.DONE, step).and(tasks.busyProperty().not());
    }

    // --- navigation --------------------------------------------------------------------------

    /** Starts over at Detect, reading the store again. */
    public void start() {
        history.reset();
        verified.set(false);
        dismiss();
        token.reload();
        step.set(Step.DETECT);
    }

    /**
     * From the status screen's card, on the step that fits: with no usable token, Detect (find or
     * paste one); otherwise diagnose what is known and go straight to the fix.
     */
    public void openFromStatus() {
        start();
        TokenHealth h = token.health().getValue();
        if (h != null && (h.state() == HealthState.MISSING || h.state() == HealthState.MALFORMED)) {
            return;
        }
        diagnose(Step.FIX);
    }

    public void next() {
        dismiss();
        switch (step.get()) {
            case DETECT -> diagnose(Step.DIAGNOSE);
            case DIAGNOSE -> step.set(Step.FIX);
            case FIX -> verify();
            case VERIFY -> {
                if (verified.get()) {
                    finish();
                } else {
                    diagnose(Step.DIAGNOSE);
                }
            }
            case DONE -> { }
        }
    }

    public void back() {
        dismiss();
        if (step.get() != Step.DETECT) {
            step.set(Step.values()[step.get().ordinal() - 1]);
        }
    }

    // --- steps -------------------------------------------------------------------------------

    /** Diagnoses everything known (in the background: a paste may be a megabyte), then shows {@code then}. */
    void diagnose(Step then) {
        history.diagnosing();
        List<Evidence> evidence = history.evidenceNow(pastedError.get(), fixes.config());
        run(() -> new Diagnoser().diagnose(evidence), found -> {
            showDiagnosis(found);
            step.set(then);
        });
    }

    /** Asks Coze whether the stored token works; on failure the answer becomes evidence and the wizard goes back to Diagnose. */
    public void verify() {
        step.set(Step.VERIFY);
        verified.set(false);
        say(m -> m.get("wizard.verify.running"));
        run(() -> {
            var stored = gateway.storedToken();
            return stored.isEmpty() ? null : gateway.probe(stored.get().accessToken());
        }, this::verified);
    }

    private void verified(OAuthOutcome outcome) {
        token.reload();
        if (outcome instanceof OAuthOutcome.Probed probed) {
            verified.set(true);
            took("wizard.verify.done");
            String user = probed.user() == null ? "" : String.valueOf(probed.user().userName());
            say(m -> m.get("wizard.verify.ok", user));
            return;
        }
        if (outcome == null) {
            fail(m -> m.get("wizard.verify.noToken"));
        } else {
            history.probeFailed(outcome);
            fail(m -> m.get("wizard.verify.failed", OutcomeText.of(outcome, m)));
        }
        diagnose(Step.DIAGNOSE);
    }

    private void finish() {
        summary.setAll(WizardText.summary(history.before(), statusNow.get(), shown.diagnosis(), history.actions(), messages));
        step.set(Step.DONE);
    }

    // --- used by the fixes ---------------------------------------------------------------------

    /** A new piece of evidence (a refused refresh, a network check): diagnose again and show the result. */
    void learned(List<Evidence> evidence) {
        history.learned(evidence);
        diagnose(Step.DIAGNOSE);
    }

    /** Records a step taken, by its message key (rendered later, in any language). */
    void took(String key) {
        history.took(key);
    }

    /** A note for the user, kept as a recipe so a language switch renders it again. */
    void say(Function<Messages, String> text) {
        feedback.info(text);
    }

    /** What went wrong, replacing any note; re-rendered on a language switch. */
    void fail(Function<Messages, String> text) {
        feedback.error(text);
    }

    <T> void run(Callable<T> work, Consumer<T> done) {
        tasks.run(work, done, e -> fail(m -> m.get("wizard.error.io", e.getClass().getSimpleName(), String.valueOf(e.getMessage()))));
    }

    /** The inputs of the support bundle (blocking: call in the background). */
    BundleInput bundleInput() throws IOException {
        return history.bundleInput(verified.get(), pastedError.get(), reproduction.get(), fixes.config(), network.last());
    }

    public void relocalize(Messages newMessages) {
        messages = newMessages;
        feedback.relocalize(newMessages);
        describeToken();
        showDiagnosis(shown.diagnosis());
    }

    public void dismiss() {
        feedback.clear();
    }

    private void showDiagnosis(Diagnosis found) {
        history.diagnosed(found);
        shown.show(found, messages);
    }

    /**
     * Says in words what the followed token is and where it comes from. The health changes every
     * second (its times count down) but these words only with the state, the source, the warnings or
     * the language: they are made again only when one of those differs from what they were made from.
     */
    private void describeToken() {
        TokenHealth h = token.health().getValue();
        Described from = new Described(h == null ? null : h.state(), token.sourceMsg(), token.warnings().size(), messages);
        if (from.equals(described)) {
            return;
        }
        described = from;
        statusNow.set(h == null ? "?" : messages.get("state." + h.state()));
        detected.set(WizardText.detected(h, messages.format(from.source()), from.warnings(), messages));
    }

    /** What the words about the token were made from (Messages compares by identity: a new language is a new one). */
    private record Described(HealthState state, Msg source, int warnings, Messages messages) { }
}
