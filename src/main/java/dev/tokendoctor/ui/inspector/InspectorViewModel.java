package dev.tokendoctor.ui.inspector;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.storage.source.SourceKind;
import dev.tokendoctor.storage.source.StorageSource;
import dev.tokendoctor.storage.tokens.BrowserGuidance;
import dev.tokendoctor.storage.tokens.TokenFinder;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.common.ClipboardService;
import dev.tokendoctor.ui.common.DialogService;
import dev.tokendoctor.ui.inspector.SourceScanner.Target;
import java.time.Clock;

/**
 * The Inspector: every store the app can read as a tree (source → profile → origin), the entries
 * of the chosen node, their values (tokens as fingerprints until revealed) and verdicts, and the
 * changes the app may make — to its own store and to the live page of its WebView, each with a
 * backup and undo. Browsers' stores are only read; for them it offers the guide's fixes.
 */
public final class InspectorViewModel extends ScanningViewModel {

    private enum Change { STORE, PAGE }

    private final LiveEditor editor;
    private final WebAppViewModel web;
    private Change lastChange;

    public InspectorViewModel(InspectorServices services, BackgroundExecutor executor, DialogService dialogs,
                              ClipboardService clipboard, Clock clock, Messages messages, InspectorActions actions) {
        super(services, executor, dialogs, clipboard, clock, messages, actions);
        this.editor = new LiveEditor(services.backups(), executor);
        this.web = new WebAppViewModel(services.stored(), editor, services.sandboxPage(), executor, dialogs, messages);
        web.listen(this::readLivePage, message -> changed(Change.PAGE, message));
    }

    public WebAppViewModel web() {
        return web;
    }

    /** Re-reads the live page and every source. */
    public void refresh() {
        readLivePage();
        scanAll();
    }

    // --- changes -----------------------------------------------------------------------------

    /** Deletes the selected entry (the app's store, or the live page), after asking, with a backup. */
    public void deleteSelected() {
        EntryRow row = selectedRow.get();
        if (row != null && editable(row.sourceId(), row.origin())) {
            delete(row.sourceId(), row.origin(), row.key());
        }
    }

    /** Deletes {@code coze_oauth_tokens} of the selected origin (the guide's method 2, done here). */
    public void clearCozeTokens() {
        Context c = context();
        if (c != null && c.origin() != null && editable(c.sourceId(), c.origin())) {
            delete(c.sourceId(), c.origin(), TokenFinder.KEY);
        }
    }

    private void delete(String sourceId, String origin, String key) {
        boolean store = kindOf(sourceId) == SourceKind.APP_STORE;
        String where = store ? services.appStore().store().file().toString() : origin;
        if (!dialogs.confirm(messages.get("inspector.confirm.title"), messages.get("inspector.confirm.delete.header", key),
                messages.get("inspector.confirm.delete.content", where, services.backups().folder().toString()))) {
            return;
        }
        if (store) {
            run(() -> services.appStore().store().clear() ? services.appStore().store().backups().get(0) : null, backup -> {
                changed(Change.STORE, messages.get("inspector.info.deleted", key, String.valueOf(backup)));
                actions.appStoreChanged();
                rescan(services.appStore());
            });
        } else {
            web.page().ifPresent(page -> {
                busy.set(true);
                editor.change(page, key, null, backup -> {
                    busy.set(false);
                    changed(Change.PAGE, messages.get("inspector.info.deleted", key, backup.toString()));
                    readLivePage();
                }, this::failed);
            });
        }
    }

    /** Puts back what the last delete (or write into the page) replaced. */
    public void undo() {
        if (lastChange == Change.STORE) {
            run(() -> services.appStore().store().undo() && services.appStore().store().canUndo(), more -> {
                undoable.set(false);
                info.set(messages.get("inspector.info.undone", services.appStore().store().file().toString()));
                actions.appStoreChanged();
                rescan(services.appStore());
            });
        } else if (lastChange == Change.PAGE && web.page().isPresent()) {
            busy.set(true);
            editor.undo(web.page().get(), key -> {
                busy.set(false);
                undoable.set(false);
                info.set(key == null ? messages.get("info.nothingToUndo") : messages.get("inspector.info.undone", key));
                readLivePage();
            }, this::failed);
        }
    }

    /** Makes the selected token the one the Status screen follows (imported into the app's store, backup first). */
    public void showInStatus() {
        EntryRow row = selectedRow.get();
        if (row != null && canShow(row)) {
            actions.showInStatus(row.entry().value(), Msg.of("source.found", row.found().sourceName(), row.origin(), row.key()));
            info.set(messages.get("inspector.info.shown", row.key()));
        }
    }

    public void copyConsoleLine() {
        clipboard.putText(BrowserGuidance.CONSOLE_LINE);
        info.set(messages.get("inspector.info.copied"));
    }

    public void relocalize(Messages newMessages) {
        messages = newMessages;
        web.relocalize(newMessages);
        rebuild();
        if (!scanning.get()) {
            summarize(); // the line under the toolbar, in the new language
        }
    }

    // --- internals ---------------------------------------------------------------------------

    private void readLivePage() {
        try {
            if (web.page().isPresent()) {
                LivePage page = web.page().get();
                scans.live(page.origin(), page.readAll(), scanner.finder());
            } else {
                scans.live(null, null, scanner.finder());
            }
        } catch (Exception e) {
            error.set(messages.get("inspector.error", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
        }
        rebuild();
    }

    @Override
    boolean editable(String sourceId, String origin) {
        return kindOf(sourceId) == SourceKind.APP_STORE || (scans.isLive(sourceId, origin) && web.page().isPresent());
    }

    private void rescan(StorageSource source) {
        run(() -> scanner.scan(new Target(source, null), () -> false), s -> {
            scans.put(s);
            rebuild();
        });
    }

    private void changed(Change change, String message) {
        lastChange = change;
        undoable.set(true);
        error.set("");
        info.set(message);
    }


}
