package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.storage.TokenStore;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.common.BackgroundTasks;
import dev.tokendoctor.ui.common.ClipboardService;
import dev.tokendoctor.ui.common.DialogService;
import dev.tokendoctor.ui.common.Feedback;
import dev.tokendoctor.ui.common.Notifier;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * The status screen's state and commands: which token is followed, its verdict now, and the
 * paste / open / copy / clear / undo actions. Knows no scene graph; all I/O goes through the
 * {@link BackgroundExecutor}; the verdict is recomputed by {@link #tick()} from the injected clock.
 */
public final class TokenStatusViewModel implements StatusFacts {

    /** Files larger than this are refused before reading (a token record is tiny). */
    static final long MAX_FILE_BYTES = TokenImports.MAX_FILE_BYTES;

    private final StoredTokens stored;
    private final Clock clock;
    private final ClipboardService clipboard;
    private final BooleanProperty notificationsEnabled = new SimpleBooleanProperty(true);
    private Messages messages;
    private TokenActions actions = TokenActions.NONE;
    private final StatusRefresh refresh;

    private final Feedback feedback;
    private final BackgroundTasks tasks;
    private final ReadOnlyBooleanProperty busy;
    private final StatusUndo undo;
    private final StorageNotice storage;
    private final Following following;
    private final TokenInputs inputs;
    private final StatusVerdict verdict;

    public TokenStatusViewModel(StoredTokens stored, TokenParser parser, Supplier<HealthEvaluator> evaluator, Clock clock,
                                BackgroundExecutor executor, DialogService dialogs, Notifier notifier,
                                ClipboardService clipboard, Messages messages) {
        this.stored = stored;
        this.clipboard = clipboard;
        this.messages = messages;
        this.clock = clock;
        this.feedback = new Feedback(messages);
        this.tasks = new BackgroundTasks(executor);
        this.busy = tasks.busyProperty();
        this.undo = new StatusUndo(stored, dialogs, tasks, this::failed, messages);
        this.storage = new StorageNotice(stored, dialogs, tasks, this::failed, messages);
        this.refresh = new StatusRefresh(feedback, undo, tasks, this::failed, this::loadStored, this::tick);
        this.verdict = new StatusVerdict(evaluator, clock, new ExpiryNotifications(notifier));
        this.following = new Following(stored, verdict, feedback, storage, this::tick);
        this.inputs = new TokenInputs(new TokenImports(stored, parser), tasks, clipboard, dialogs, () -> this.messages,
                text -> feedback.error(m -> text), this::failed, this::afterImport);
        tick();
    }

    /** The health at the last tick: a new value every second (its times count down). */
    public ReadOnlyObjectProperty<TokenHealth> healthProperty() { return verdict.healthProperty(); }
    @Override
    public ReadOnlyObjectProperty<HealthState> stateProperty() { return verdict.stateProperty(); }
    public TokenHealth health() { return verdict.healthProperty().get(); }
    public ReadOnlyObjectProperty<StatusText> textProperty() { return verdict.textProperty(); }
    public StatusText text() { return verdict.textProperty().get(); }
    public ReadOnlyObjectProperty<String> countdownProperty() { return verdict.countdownProperty(); }
    public String countdown() { return verdict.countdownProperty().get(); }
    public ReadOnlyObjectProperty<TokenSubject> subjectProperty() { return following.subjectProperty(); }
    /** The outcome of the last refresh, manual or automatic; null before the first. */
    public ReadOnlyObjectProperty<OAuthOutcome> lastRefreshProperty() { return refresh.lastProperty(); }
    /** The card's one primary action, the one that fits the verdict. */
    public ReadOnlyObjectProperty<CardAction> cardActionProperty() { return verdict.cardActionProperty(); }
    public ReadOnlyStringProperty errorProperty() { return feedback.errorProperty(); }
    public ReadOnlyStringProperty infoProperty() { return feedback.infoProperty(); }
    /** Where the last answer belongs: by the toolbar or by the paste box. */
    public ReadOnlyObjectProperty<Feedback.Place> feedbackPlaceProperty() { return feedback.placeProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** Problems with where the tokens live (data folder, settings file, tokens not saved); empty when none. */
    public ReadOnlyStringProperty storageNoticeProperty() { return storage.textProperty(); }
    /** The followed tokens are held in memory only: "Save as…" keeps them. */
    public ReadOnlyBooleanProperty unsavedProperty() { return storage.unsavedProperty(); }
    /** What Undo restores, e.g. "Undo clear (czu_…)"; plain "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() { return undo.labelProperty(); }
    public ReadOnlyBooleanProperty storedProperty() { return following.storedProperty(); }
    /** Writable: the user's explicit choice to see the full access token. */
    public BooleanProperty revealedProperty() { return following.reveal().revealedProperty(); }
    public ReadOnlyStringProperty revealedAccessProperty() { return following.reveal().accessProperty(); }
    /** Writable: the text in the paste box. */
    public StringProperty pasteTextProperty() { return inputs.pasteText(); }
    public BooleanProperty notificationsEnabledProperty() { return notificationsEnabled; }

    public BooleanBinding canClear() { return following.storedProperty().and(busy.not()); }
    public BooleanBinding canUndo() { return undo.previewProperty().isNotNull().and(busy.not()); }
    /** Only when the last undoable change was a clear: the wizard's "Undo the clear". */
    public BooleanBinding canUndoClear() {
        return Bindings.createBooleanBinding(() -> undo.previewProperty().get() != null
                && undo.previewProperty().get().change() == TokenStore.Change.CLEAR, undo.previewProperty()).and(busy.not());
    }
    public BooleanBinding canCheckPaste() {
        return Bindings.createBooleanBinding(() -> !inputs.pasteText().get().isBlank(), inputs.pasteText()).and(busy.not());
    }
    /** Only with something to refresh with: no refresh token (and no service app) means sign in again instead. */
    public BooleanBinding canRefresh() {
        return Bindings.createBooleanBinding(() -> following.subject().parsed() != null
                && actions.canRefresh(following.subject().parsed().record()), following.subjectProperty()).and(busy.not());
    }
    public BooleanBinding canReveal() { return following.reveal().possible(); }

    /** Connects the Refresh now / Re-authorize commands to the OAuth side. */
    public void connect(TokenActions tokenActions) {
        this.actions = tokenActions;
        tick();
    }

    // --- commands ----------------------------------------------------------------------------

    /** Refreshes with the stored refresh token; a refused one turns the verdict to EXPIRED_REAUTH_NEEDED with Coze's reason. */
    public void refreshNow() {
        refresh.start(actions::refreshNow, following.refreshToken(), "info.refreshing", "error.refresh");
    }

    /** The card's primary action: refresh, a sign-in the wizard then verifies, or the wizard. */
    public void doCardAction() {
        switch (verdict.cardActionProperty().get()) {
            case REFRESH_NOW -> refreshNow();
            case SIGN_IN, SIGN_IN_AGAIN -> actions.signInAndVerify();
            default -> fixStepByStep();
        }
    }

    /** The guide's method 1, done by the app: a new sign-in. */
    public void reauthorize() {
        actions.reauthorize();
    }

    /** Opens the fix wizard on the step that fits the verdict. */
    public void fixStepByStep() {
        actions.fixStepByStep();
    }

    /** An automatic refresh happened (on the UI thread): follow the new tokens, or show why it failed. */
    public void automaticRefreshDone(OAuthOutcome outcome) {
        refresh.done(outcome, following.refreshToken(), "error.autoRefresh");
    }

    /** Reads the app's store (in the background) and follows what it holds. */
    public void loadStored() {
        run(() -> new StatusUndo.Done(false, stored.load(), stored.undoPreview()), r -> {
            undo.show(r.next());
            following.loaded(r.loaded());
            // an expired token of the app's own is refreshed at once, so that the first verdict is the real one
            if (r.loaded() instanceof StoredTokens.Found found && refresh.tryAtOnce(health(), found.parsed().record(), actions)) {
                refresh.start(actions::refreshAtOnce, following.refreshToken(), "info.refreshingExpired", "error.refreshAtOnce");
            }
        });
    }

    /** Checks the paste box's text; a readable token becomes the stored, followed token. */
    public void checkPastedText() {
        feedback.at(Feedback.Place.INPUT);
        inputs.checkPastedText();
    }
    /** The paste box holds at most this many characters; more is refused before it reaches the text control. */
    public int maxPasteChars() { return TokenInputs.maxChars(); }
    /** Called when a paste into the box would exceed {@link #maxPasteChars()}: says so instead of freezing. */
    public void refuseOversizedPaste(int chars) {
        feedback.at(Feedback.Place.INPUT);
        inputs.refuseOversizedPaste(chars);
    }
    public void pasteFromClipboard() {
        feedback.at(Feedback.Place.INPUT);
        inputs.pasteFromClipboard();
    }
    public void openFile() {
        feedback.at(Feedback.Place.INPUT);
        inputs.openFile();
    }
    /** Reads a token file (size-checked first, in the background) and imports it. */
    public void openPath(Path path) { inputs.openPath(path); }

    public void copyStatus() {
        clipboard.putText(verdict.ticketText(messages));
        feedback.at(Feedback.Place.TOOLBAR);
        feedback.info(m -> m.get("info.copied"));
    }

    public void clearTokens() {
        undo.clear(() -> {
            following.cleared();
            feedback.at(Feedback.Place.TOOLBAR);
            feedback.info(m -> m.get("info.cleared"));
        });
    }

    /** Puts back what the user's last clear or import replaced, byte for byte (asking first if its refresh token is known dead). */
    public void undo() {
        undo.undo(done -> {
            if (done.loaded() != null) {
                following.loaded(done.loaded());
            }
            feedback.at(Feedback.Place.TOOLBAR);
            feedback.info(m -> m.get(done.undone() ? "info.undone" : "info.nothingToUndo"));
        });
    }

    /** Writes the followed tokens to a file the user picks (for tokens the data folder could not keep). */
    public void saveAs() {
        feedback.at(Feedback.Place.TOOLBAR);
        storage.saveAs(text -> feedback.info(m -> text));
    }

    /** A problem found at start (data folder not writable, settings file unreadable): shown until the app restarts. */
    public void problemAtStart(Msg problem) {
        storage.problemAtStart(problem);
    }

    public void dismissMessages() {
        feedback.clear();
    }

    /** Re-evaluates the followed token at the clock's instant; called once a second by the view's timer. */
    public void tick() {
        feedback.tick(clock.instant());
        verdict.update(following.subject(), refresh.verdict(), actions, messages, notificationsEnabled.get());
    }

    /** Re-renders every text in another language. */
    public void relocalize(Messages newMessages) {
        this.messages = newMessages;
        feedback.relocalize(newMessages);
        undo.relocalize(newMessages);
        storage.relocalize(newMessages);
        tick();
    }

    public Messages messages() {
        return messages;
    }

    // --- internals ---------------------------------------------------------------------------

    /** Imports text found elsewhere (e.g. by the inspector): a readable token becomes the stored, followed token, backup first. */
    public void importText(String input, Msg source) {
        inputs.importText(input, source);
    }

    /** Follows a token found elsewhere without storing it, only while the app's store is empty (checked in the background). */
    public void followIfNothingStored(String input, Msg source) {
        inputs.parseIfNothingStored(input, result -> {
            if (result instanceof ParseResult.Parsed) {
                following.followUnlessStored(new TokenSubject(result, source));
            }
        });
    }

    private void afterImport(TokenImports.Result r) {
        if (r.problem() != null) {
            feedback.error(m -> m.get("error.input", m.format(r.problem())));
            return;
        }
        undo.show(r.undo());
        inputs.pasteText().set("");
        following.imported(r.subject());
        String file = stored.store().file().toString();
        feedback.info(m -> m.get(r.replaced() ? "info.imported" : "info.importedFirst", file));
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        tasks.run(work, done, this::failed);
    }

    private void failed(Throwable e) {
        feedback.error(m -> e instanceof TokenImports.UserError u ? m.format(u.msg())
                : m.get("error.io", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
    }
}
