package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.RefreshVerdict;
import dev.tokendoctor.oauth.Grants;
import dev.tokendoctor.oauth.OAuthOutcome;
import dev.tokendoctor.ui.common.OutcomeText;
import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.ui.common.BackgroundExecutor;
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
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The status screen's state and commands: which token is followed, its verdict now, and the
 * paste / open / copy / clear / undo actions. Knows no scene graph; all I/O goes through the
 * {@link BackgroundExecutor}; the verdict is recomputed by {@link #tick()} from the injected clock.
 */
public final class TokenStatusViewModel {

    /** Files larger than this are refused before reading (a token record is tiny). */
    static final long MAX_FILE_BYTES = TokenImports.MAX_FILE_BYTES;

    private final StoredTokens stored;
    private final Supplier<HealthEvaluator> evaluator;
    private final Clock clock;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final ClipboardService clipboard;
    private final BooleanProperty notificationsEnabled = new SimpleBooleanProperty(true);
    private Messages messages;
    private TokenActions actions = TokenActions.NONE;
    private RefreshVerdict refreshVerdict;

    private final ReadOnlyObjectWrapper<TokenSubject> subject = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TokenHealth> health = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StatusText> text = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OAuthOutcome> lastRefresh = new ReadOnlyObjectWrapper<>();
    private final Feedback feedback;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasStored = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper undoable = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper revealedAccess = new ReadOnlyStringWrapper("");
    private final StringProperty pasteText = new SimpleStringProperty("");
    private final TokenImports imports;
    private final ExpiryNotifications notifications;

    public TokenStatusViewModel(StoredTokens stored, TokenParser parser, Supplier<HealthEvaluator> evaluator, Clock clock,
                                BackgroundExecutor executor, DialogService dialogs, Notifier notifier,
                                ClipboardService clipboard, Messages messages) {
        this.stored = stored;
        this.evaluator = evaluator;
        this.clock = clock;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.messages = messages;
        this.feedback = new Feedback(messages);
        this.imports = new TokenImports(stored, parser);
        this.notifications = new ExpiryNotifications(notifier);
        subject.set(TokenSubject.missing(Msg.of("source.store", stored.store().file().toString())));
        revealed.addListener((o, was, now) -> revealedAccess.set(now ? accessToken() : ""));
        tick();
    }

    // --- state -------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<TokenHealth> healthProperty() { return health.getReadOnlyProperty(); }
    public TokenHealth health() { return health.get(); }
    public ReadOnlyObjectProperty<StatusText> textProperty() { return text.getReadOnlyProperty(); }
    public StatusText text() { return text.get(); }
    public ReadOnlyObjectProperty<TokenSubject> subjectProperty() { return subject.getReadOnlyProperty(); }
    /** The outcome of the last refresh, manual or automatic; null before the first. */
    public ReadOnlyObjectProperty<OAuthOutcome> lastRefreshProperty() { return lastRefresh.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return feedback.errorProperty(); }
    public ReadOnlyStringProperty infoProperty() { return feedback.infoProperty(); }
    /** Where the last answer belongs: by the toolbar or by the paste box. */
    public ReadOnlyObjectProperty<Feedback.Place> feedbackPlaceProperty() { return feedback.placeProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty undoableProperty() { return undoable.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty storedProperty() { return hasStored.getReadOnlyProperty(); }
    /** Writable: the user's explicit choice to see the full access token. */
    public BooleanProperty revealedProperty() { return revealed; }
    public ReadOnlyStringProperty revealedAccessProperty() { return revealedAccess.getReadOnlyProperty(); }
    /** Writable: the text in the paste box. */
    public StringProperty pasteTextProperty() { return pasteText; }
    public BooleanProperty notificationsEnabledProperty() { return notificationsEnabled; }

    public BooleanBinding canClear() { return hasStored.getReadOnlyProperty().and(busy.not()); }
    public BooleanBinding canUndo() { return undoable.getReadOnlyProperty().and(busy.not()); }
    public BooleanBinding canCheckPaste() { return Bindings.createBooleanBinding(() -> !pasteText.get().isBlank(), pasteText).and(busy.not()); }
    public BooleanBinding canRefresh() {
        return Bindings.createBooleanBinding(() -> subject.get().parsed() != null, subject).and(busy.not());
    }
    public BooleanBinding canReveal() { return Bindings.createBooleanBinding(() -> subject.get().parsed() != null, subject); }

    /** Connects the Refresh now / Re-authorize commands to the OAuth side. */
    public void connect(TokenActions tokenActions) {
        this.actions = tokenActions;
    }

    // --- commands ----------------------------------------------------------------------------

    /** Refreshes with the stored refresh token; a refused one turns the verdict to EXPIRED_REAUTH_NEEDED with Coze's reason. */
    public void refreshNow() {
        String refreshToken = refreshTokenNow();
        feedback.at(Feedback.Place.TOOLBAR);
        feedback.info(m -> m.get("info.refreshing"));
        run(actions::refreshNow, outcome -> afterRefresh(outcome, refreshToken, "error.refresh"));
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
        feedback.at(Feedback.Place.TOOLBAR);
        afterRefresh(outcome, refreshTokenNow(), "error.autoRefresh");
    }

    /** Follows the new tokens, or keeps what Coze's refusal proved (the verdict) and says why. */
    private void afterRefresh(OAuthOutcome outcome, String refreshToken, String errorKey) {
        lastRefresh.set(outcome);
        if (outcome instanceof OAuthOutcome.Success) {
            refreshVerdict = null;
            loadStored();
            if (errorKey.equals("error.refresh")) {
                feedback.info(m -> m.get("info.refreshed"));
            }
            return;
        }
        Grants.verdictOf(outcome, refreshToken).ifPresent(v -> refreshVerdict = v);
        feedback.error(m -> m.get(errorKey, OutcomeText.of(outcome, m)));
        tick();
    }

    private String refreshTokenNow() {
        ParseResult.Parsed current = subject.get().parsed();
        return current == null ? null : current.record().refreshToken();
    }

    /** Reads the app's store (in the background) and follows what it holds. */
    public void loadStored() {
        run(() -> {
            StoredTokens.Loaded loaded = stored.load();
            return new Object[] {loaded, stored.store().canUndo()};
        }, r -> {
            undoable.set((Boolean) r[1]);
            showLoaded((StoredTokens.Loaded) r[0]);
        });
    }

    /** Checks the paste box's text; a readable token becomes the stored, followed token. */
    public void checkPastedText() {
        feedback.at(Feedback.Place.INPUT);
        importText(pasteText.get(), Msg.of("source.paste"));
    }

    /** The paste box holds at most this many characters; more is refused before it reaches the text control. */
    public int maxPasteChars() {
        return TokenParser.MAX_CHARS;
    }

    /** Called when a paste into the box would exceed {@link #maxPasteChars()}: says so instead of freezing. */
    public void refuseOversizedPaste(int chars) {
        feedback.at(Feedback.Place.INPUT);
        feedback.error(m -> m.get("error.input", m.format(TokenImports.oversized(chars))));
    }

    public void pasteFromClipboard() {
        feedback.at(Feedback.Place.INPUT);
        clipboard.text().ifPresentOrElse(t -> {
            pasteText.set(t.length() > 4096 ? t.substring(0, 4096) + "…" : t);
            importText(t, Msg.of("source.clipboard"));
        }, () -> feedback.error(m -> m.get("error.clipboardEmpty")));
    }

    public void openFile() {
        feedback.at(Feedback.Place.INPUT);
        dialogs.chooseFileToOpen(messages.get("action.openFile")).ifPresent(this::openPath);
    }

    /** Reads a token file (size-checked first, in the background) and imports it. */
    public void openPath(Path path) {
        run(() -> imports.file(path), this::afterImport);
    }

    public void copyStatus() {
        StatusPresenter presenter = new StatusPresenter(messages, clock.getZone());
        clipboard.putText(presenter.ticketText(text.get(), clock.instant(), messages.get("app.version")));
        feedback.at(Feedback.Place.TOOLBAR);
        feedback.info(m -> m.get("info.copied"));
    }

    public void clearTokens() {
        if (!dialogs.confirm(messages.get("clear.title"), messages.get("clear.header"),
                messages.get("clear.content", stored.store().file().toString()))) {
            return;
        }
        run(() -> stored.store().clear(), cleared -> {
            hasStored.set(false);
            undoable.set(true);
            follow(TokenSubject.missing(Msg.of("source.store", stored.store().file().toString())));
            feedback.at(Feedback.Place.TOOLBAR);
            feedback.info(m -> m.get("info.cleared"));
        });
    }

    /** Puts back what the last overwrite or clear replaced, byte for byte. */
    public void undo() {
        run(() -> {
            boolean undone = stored.store().undo();
            return new Object[] {undone, stored.load(), stored.store().canUndo()};
        }, r -> {
            undoable.set((Boolean) r[2]);
            showLoaded((StoredTokens.Loaded) r[1]);
            feedback.at(Feedback.Place.TOOLBAR);
            feedback.info(m -> m.get((Boolean) r[0] ? "info.undone" : "info.nothingToUndo"));
        });
    }

    public void dismissMessages() {
        feedback.clear();
    }

    /** Re-evaluates the followed token at the clock's instant; called once a second by the view's timer. */
    public void tick() {
        feedback.tick(clock.instant());
        TokenSubject s = subject.get();
        TokenHealth h = s.parsed() != null
                ? evaluator.get().evaluate(s.parsed().record(), clock.instant(), refreshVerdict)
                : evaluator.get().evaluate(s.result(), clock.instant());
        health.set(h);
        text.set(new StatusPresenter(messages, clock.getZone()).present(s, h, actions.lastClockSkew().orElse(null),
                actions.nextAutomaticRefresh().orElse(null)));
        notifications.observe(h.state(), text.get(), notificationsEnabled.get(), messages);
    }

    /** Re-renders every text in another language. */
    public void relocalize(Messages newMessages) {
        this.messages = newMessages;
        feedback.relocalize(newMessages);
        tick();
    }

    public Messages messages() {
        return messages;
    }

    // --- internals ---------------------------------------------------------------------------

    /** Imports text found elsewhere (e.g. by the inspector): a readable token becomes the stored, followed token, backup first. */
    public void importText(String input, Msg source) {
        run(() -> imports.text(input, source), this::afterImport);
    }

    /** Follows a token found elsewhere without storing it, only while the app's store is empty (checked in the background). */
    public void followIfNothingStored(String input, Msg source) {
        run(() -> imports.parseIfNothingStored(input), result -> {
            if (result instanceof ParseResult.Parsed && !hasStored.get()) {
                follow(new TokenSubject(result, source));
            }
        });
    }

    private void afterImport(TokenImports.Result r) {
        if (r.problem() != null) {
            feedback.error(m -> m.get("error.input", m.format(r.problem())));
            return;
        }
        hasStored.set(true);
        undoable.set(r.undoable());
        pasteText.set("");
        follow(r.subject());
        String file = stored.store().file().toString();
        feedback.info(m -> m.get(r.replaced() ? "info.imported" : "info.importedFirst", file));
    }

    private void showLoaded(StoredTokens.Loaded loaded) {
        Msg storeSource = Msg.of("source.store", stored.store().file().toString());
        if (loaded instanceof StoredTokens.Found found) {
            hasStored.set(true);
            follow(new TokenSubject(found.parsed(), storeSource));
        } else if (loaded instanceof StoredTokens.Quarantined q) {
            hasStored.set(false);
            follow(new TokenSubject(new ParseResult.Rejected(q.problem()), storeSource));
            feedback.error(m -> m.get("error.quarantined", q.movedTo().toString(), m.format(q.problem().message())));
        } else {
            hasStored.set(false);
            follow(TokenSubject.missing(storeSource));
        }
    }

    private void follow(TokenSubject next) {
        revealed.set(false);
        notifications.forget();
        subject.set(next);
        if (!feedback.errorProperty().get().isEmpty()) {
            feedback.clear();
        }
        tick();
        notifications.baseline(health.get().state());
    }

    private String accessToken() {
        ParseResult.Parsed p = subject.get().parsed();
        return p == null ? "" : p.record().accessToken();
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        executor.submit(work, r -> {
            busy.set(false);
            done.accept(r);
        }, e -> {
            busy.set(false);
            feedback.error(m -> e instanceof TokenImports.UserError u ? m.format(u.msg())
                    : m.get("error.io", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
        });
    }
}
