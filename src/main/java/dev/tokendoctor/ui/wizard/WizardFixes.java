package dev.tokendoctor.ui.wizard;

import dev.tokendoctor.core.diagnosis.ConfigCheck;
import dev.tokendoctor.core.diagnosis.ConfigReport;
import dev.tokendoctor.core.diagnosis.EnvFile;
import dev.tokendoctor.core.diagnosis.Remedy.Action;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.oauth.client.DiagnosisEvidence;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.ui.common.ClipboardService;
import dev.tokendoctor.ui.common.DialogService;
import dev.tokendoctor.ui.common.OutcomeText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The wizard's Fix step and export: each remedy the app can carry out, reusing the status
 * screen's refresh, sign-in, clear and undo; the .env check; the support bundle.
 */
public final class WizardFixes {

    /** The guide's method 3, exactly as the guide prints it. */
    public static final String CONSOLE_LINES = "localStorage.removeItem('coze_oauth_tokens'); location.reload();";
    private static final long MAX_ENV_BYTES = 1 << 20;
    private static final Set<Action> DOABLE = EnumSet.of(Action.REFRESH_NOW, Action.METHOD1_REAUTHORIZE, Action.SIGN_NEW_JWT,
            Action.METHOD2_CLEAR_ENTRY, Action.METHOD3_CONSOLE, Action.FIX_CONFIGURATION, Action.CHECK_NETWORK,
            Action.CHECK_PROXY, Action.CORRECT_CLOCK, Action.WAIT_AND_RETRY, Action.CONTACT_SUPPORT);

    private final FixWizardViewModel wizard;
    private final WizardToken token;
    private final DialogService dialogs;
    private final ClipboardService clipboard;
    private final ObservableList<String> configLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper envText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper("");
    private ConfigReport config;
    private boolean awaitingRefresh;
    private boolean awaitingSignIn;

    WizardFixes(FixWizardViewModel wizard, WizardToken token, DialogService dialogs, ClipboardService clipboard) {
        this.wizard = wizard;
        this.token = token;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
    }

    /** The lines to write into the .env files, {@code file:line  KEY=value}. */
    public ObservableList<String> configLines() { return configLines; }
    /** What the .env check read, in words. */
    public ReadOnlyStringProperty envTextProperty() { return envText.getReadOnlyProperty(); }
    /** The clock offset and how to correct the clock. */
    public ReadOnlyStringProperty clockTextProperty() { return clockText.getReadOnlyProperty(); }
    ConfigReport config() { return config; }

    /** Whether the wizard has a button for this remedy (the others are instructions). */
    public boolean doable(Action action) {
        return DOABLE.contains(action);
    }

    /** Whether the evidence already ruled this remedy out: a refresh when Coze refused the refresh token, or there is none. */
    boolean ruledOut(Action action) {
        if (action != Action.REFRESH_NOW) {
            return false;
        }
        var health = token.health().getValue();
        // the verdict names the followed record's refresh token, so a new sign-in is not held against it
        return health != null && health.state() == dev.tokendoctor.core.token.HealthState.EXPIRED_REAUTH_NEEDED;
    }

    /** Carries out a remedy of the Fix step. */
    public void apply(Action action) {
        Messages m = wizard.messages();
        wizard.dismiss();
        switch (action) {
            case REFRESH_NOW -> {
                awaitingRefresh = true;
                wizard.say(l -> l.get("wizard.info.refreshing"));
                token.refreshNow();
            }
            case METHOD1_REAUTHORIZE, SIGN_NEW_JWT -> {
                awaitingSignIn = true;
                wizard.took("wizard.do." + action);
                token.reauthorize();
            }
            case METHOD2_CLEAR_ENTRY -> {
                token.clearTokens();
                wizard.took("wizard.do." + action);
                wizard.say(l -> l.get("wizard.info.cleared"));
            }
            case METHOD3_CONSOLE -> {
                clipboard.putText(CONSOLE_LINES);
                wizard.say(l -> l.get("wizard.info.consoleCopied"));
            }
            case FIX_CONFIGURATION -> copyConfigLines();
            case CHECK_NETWORK, CHECK_PROXY -> runNetworkCheck();
            case CORRECT_CLOCK -> explainClock();
            case WAIT_AND_RETRY -> wizard.verify();
            case CONTACT_SUPPORT -> prepareBundle();
            default -> { }
        }
    }

    public javafx.beans.value.ObservableValue<Boolean> canUndo() {
        return token.canUndo();
    }

    /** Puts back what the clear removed (the status screen's undo). */
    public void undoClear() {
        token.undo();
        wizard.say(l -> l.get("wizard.info.undone"));
    }

    /** A refresh ended (any refresh: the wizard acts only on the one it asked for). */
    void refreshDone(OAuthOutcome outcome) {
        if (!awaitingRefresh || outcome == null) {
            return;
        }
        awaitingRefresh = false;
        Messages m = wizard.messages();
        if (outcome instanceof OAuthOutcome.Success) {
            wizard.took("wizard.do.REFRESH_NOW");
            wizard.verify();
        } else {
            wizard.learned(DiagnosisEvidence.ofRefresh(outcome));
            wizard.fail(l -> l.get("wizard.error.refreshFailed", OutcomeText.of(outcome, l)));
        }
    }

    /** The sign-in the wizard started succeeded: verify the new token. Returns whether the wizard was waiting for it. */
    public boolean signInFinished() {
        if (!awaitingSignIn) {
            return false;
        }
        awaitingSignIn = false;
        wizard.verify();
        return true;
    }

    /** Lets the user pick a .env file; every .env* file in its folder is checked together, as Vite merges them. */
    public void chooseEnvFile() {
        dialogs.chooseFileToOpen(wizard.messages().get("wizard.detect.env")).ifPresent(this::checkEnvFolder);
    }

    /** Reads and checks the .env* files in the folder of {@code file} (in the background). */
    public void checkEnvFolder(Path file) {
        Path folder = Files.isDirectory(file) ? file : file.toAbsolutePath().getParent();
        wizard.run(() -> readEnvFiles(folder), files -> {
            Messages m = wizard.messages();
            if (files.isEmpty()) {
                config = null;
                envText.set(m.get("wizard.detect.envNone", folder.toString()));
                configLines.clear();
                return;
            }
            config = new ConfigCheck(null).check(files);
            envText.set(m.get("wizard.detect.envRead", files.size(), folder.toString(), config.findings().size()));
            configLines.setAll(config.findings().stream().filter(f -> f.fixLine() != null)
                    .map(f -> f.location() + "  " + f.fixLine()).toList());
        });
    }

    public void copyConfigLines() {
        Messages m = wizard.messages();
        if (configLines.isEmpty()) {
            wizard.say(l -> l.get(config == null ? "wizard.config.none" : "wizard.config.nothingToChange"));
            return;
        }
        clipboard.putText(String.join("\n", configLines.stream().map(l -> l.substring(l.indexOf("  ") + 2)).toList()));
        wizard.say(l -> l.get("wizard.info.configCopied"));
    }

    public void runNetworkCheck() {
        wizard.network().start(wizard.messages(), report -> {
            wizard.took("wizard.do.CHECK_NETWORK");
            explainClock();
            if (!report.asEvidence().isEmpty()) {
                wizard.learned(report.asEvidence());
            }
        }, e -> wizard.fail(l -> l.get("wizard.error.io", e.getClass().getSimpleName(), String.valueOf(e.getMessage()))));
    }

    public void cancelNetworkCheck() {
        wizard.network().cancel(wizard.messages());
    }

    /** The measured offset (network check first, else the last OAuth answer) and how to set the clock right. */
    public void explainClock() {
        Messages m = wizard.messages();
        Duration offset = wizard.network().last() != null ? wizard.network().last().clockOffset()
                : wizard.gateway().lastClockSkew().map(Duration::negated).orElse(null);
        String measured = offset == null ? m.get("wizard.clock.unknown")
                : m.get(offset.isNegative() ? "wizard.clock.behind" : "wizard.clock.ahead", Math.abs(offset.getSeconds()));
        clockText.set(measured + " " + m.get("wizard.clock.fix"));
    }

    /** Builds the support bundle in the background and shows its report.md. */
    public void prepareBundle() {
        wizard.bundle().prepare(wizard::bundleInput, () -> wizard.say(l -> l.get("wizard.bundle.ready")),
                e -> wizard.fail(l -> l.get("wizard.error.io", e.getClass().getSimpleName(), String.valueOf(e.getMessage()))));
    }

    /** Asks where to save the previewed bundle and writes it there atomically. */
    public void saveBundle() {
        Messages m = wizard.messages();
        if (!wizard.bundle().ready()) {
            prepareBundle();
            return;
        }
        dialogs.chooseFileToSave(m.get("wizard.bundle.title"), "coze-token-doctor-report.zip").ifPresent(target ->
                wizard.bundle().save(target, () -> wizard.say(l -> l.get("wizard.bundle.saved", target.toString())),
                        e -> wizard.fail(l -> l.get("wizard.error.io", e.getClass().getSimpleName(), String.valueOf(e.getMessage())))));
    }

    private static List<EnvFile> readEnvFiles(Path folder) throws IOException {
        List<EnvFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.matches("\\.env(\\.[A-Za-z0-9_.-]+)?") && Files.size(p) <= MAX_ENV_BYTES) {
                    files.add(EnvFile.parse(name, Files.readAllBytes(p)));
                }
            }
        }
        return files;
    }
}
