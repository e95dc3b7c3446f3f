package dev.tokendoctor.ui.wizard;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.oauth.network.NetworkCheck;
import dev.tokendoctor.oauth.network.NetworkReport;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The wizard's network check: runs in the background, shows each step as it ends, can be cancelled. */
public final class NetworkCheckRunner {

    private final WizardGateway gateway;
    private final BackgroundExecutor executor;
    private final Executor uiThread;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private NetworkCheck check;
    private BackgroundExecutor.Cancellable task;
    private NetworkReport last;

    NetworkCheckRunner(WizardGateway gateway, BackgroundExecutor executor, Executor uiThread) {
        this.gateway = gateway;
        this.executor = executor;
        this.uiThread = uiThread;
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ObservableList<String> lines() { return lines; }
    public NetworkReport last() { return last; }

    /** Starts the check; {@code done} gets the report on the UI thread (not after a cancel). */
    void start(Messages m, Consumer<NetworkReport> done, Consumer<Throwable> failed) {
        if (running.get()) {
            return;
        }
        NetworkCheck fresh = gateway.newNetworkCheck();
        check = fresh;
        running.set(true);
        progress.set(-1);
        lines.setAll(m.get("wizard.network.running"));
        task = executor.submit(() -> {
            List<URI> targets = gateway.networkTargets();
            int total = NetworkCheck.stepCount(targets);
            return fresh.run(targets, (step, n) -> uiThread.execute(() -> {
                if (fresh == check) {
                    progress.set(n / (double) total);
                    lines.add(line(m, step));
                }
            }));
        }, report -> {
            // progress lines were posted to the UI thread before this callback: they come first
            last = report;
            running.set(false);
            progress.set(1);
            lines.add(m.get(report.allPassed() ? "wizard.network.passed" : "wizard.network.problems"));
            done.accept(report);
        }, e -> {
            running.set(false);
            failed.accept(e);
        });
    }

    /** Stops the check at once; the steps so far stay on screen. */
    void cancel(Messages m) {
        if (check != null) {
            check.cancel();
        }
        if (task != null) {
            task.cancel();
        }
        check = null;
        if (running.get()) {
            running.set(false);
            lines.add(m.get("wizard.network.cancelled"));
        }
    }

    private static String line(Messages m, NetworkReport.Step step) {
        return m.get("wizard.network.step." + step.result(), step.kind(), step.host(), step.took().toMillis(), m.format(step.detail()));
    }
}
