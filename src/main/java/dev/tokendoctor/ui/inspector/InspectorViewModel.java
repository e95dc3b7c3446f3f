package dev.tokendoctor.ui.inspector;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.storage.discovery.BrowserProfile;
import dev.tokendoctor.storage.source.PastedSource;
import dev.tokendoctor.storage.source.ProgressListener;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.source.SourceKind;
import dev.tokendoctor.storage.source.StorageSource;
import dev.tokendoctor.storage.tokens.BrowserGuidance;
import dev.tokendoctor.storage.tokens.TokenFinder;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.common.ClipboardService;
import dev.tokendoctor.ui.common.DialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The Inspector: every store the app can read as a tree (source → profile → origin), the entries
 * of the chosen node, their values (tokens as fingerprints until revealed) and verdicts, and the
 * changes the app may make — to its own store and to the live page of its WebView, each with a
 * backup and undo. Browsers' stores are only read; for them it offers the guide's fixes.
 */
public final class InspectorViewModel extends BrowseViewModel {

    private enum Change { STORE, PAGE }

    private final InspectorServices services;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final ClipboardService clipboard;
    private final Clock clock;
    private final InspectorActions actions;
    private final LiveEditor editor;
    private final WebAppViewModel web;
    private final List<Path> userFolders = new ArrayList<>();
    private final List<StorageSource> extra = new ArrayList<>();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private BackgroundExecutor.Cancellable current;
    private boolean launchScanDone;
    private Change lastChange;

    public InspectorViewModel(InspectorServices services, BackgroundExecutor executor, DialogService dialogs,
                              ClipboardService clipboard, Clock clock, Messages messages, InspectorActions actions) {
        super(messages, clock.getZone());
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.clock = clock;
        this.actions = actions;
        this.editor = new LiveEditor(services.backups(), executor);
        this.web = new WebAppViewModel(services.stored(), editor, services.sandboxPage(), executor, dialogs, messages);
        web.listen(new WebAppViewModel.Listener() {
            @Override
            public void pageChanged() {
                readLivePage();
            }

            @Override
            public void pageEdited(String message) {
                changed(Change.PAGE, message);
            }
        });
    }

    public WebAppViewModel web() {
        return web;
    }

    // --- scanning ----------------------------------------------------------------------------

    /** Reads every source again in the background, one after the other, showing progress. */
    public void scanAll() {
        if (scanning.get()) {
            return;
        }
        cancel.set(false);
        scanning.set(true);
        progress.set(-1);
        progressText.set(messages.get("inspector.discovering"));
        List<Path> folders = List.copyOf(userFolders);
        List<StorageSource> pasted = List.copyOf(extra);
        current = executor.submit(() -> targets(folders, pasted), t -> scanEach(t, 0), this::scanFailed);
    }

    public void cancelScan() {
        cancel.set(true);
        if (current != null) {
            current.cancel();
        }
        scanning.set(false);
        progress.set(0);
        progressText.set(messages.get("inspector.cancelled"));
    }

    /** Re-reads the live page and every source. */
    public void refresh() {
        readLivePage();
        scanAll();
    }

    private List<Target> targets(List<Path> folders, List<StorageSource> pasted) {
        List<Target> targets = new ArrayList<>(List.of(new Target(services.appStore(), null), new Target(services.webView(), null)));
        services.discovery().discover(folders).forEach(p -> targets.add(new Target(p.source(), p)));
        pasted.forEach(s -> targets.add(new Target(s, null)));
        return targets;
    }

    private void scanEach(List<Target> targets, int i) {
        if (cancel.get()) {
            return;
        }
        if (i == targets.size()) {
            scans.retain(targets.stream().map(t -> t.source().id()).collect(Collectors.toSet()));
            finished(targets.size());
            return;
        }
        Target t = targets.get(i);
        progress.set((double) i / targets.size());
        progressText.set(messages.get("inspector.scanning", t.source().displayName(), i + 1, targets.size()));
        current = executor.submit(() -> scanOne(t), s -> {
            scans.put(s);
            rebuild();
            scanEach(targets, i + 1);
        }, this::scanFailed);
    }

    private Scanned scanOne(Target t) {
        ScanResult r = t.source().scan(ProgressListener.NONE, cancel::get);
        return new Scanned(t.source(), t.profile(), r, finder().find(r));
    }

    private void finished(int sources) {
        scanning.set(false);
        progress.set(1);
        long problems = scans.all().stream().mapToLong(s -> Scans.shownErrors(s).size()).sum();
        long entries = scans.all().stream().mapToLong(s -> s.result().entries().count()).sum();
        progressText.set(messages.get("inspector.scanned", sources, entries, scans.tokens().size(), problems));
        if (!launchScanDone) {
            launchScanDone = true;
            // The app's own store is followed anyway when it holds a token: the pick is among the others.
            finder().freshest(scans.tokens().stream().filter(t -> t.sourceKind() != SourceKind.APP_STORE).toList()).ifPresent(f -> scans.entry(f.token().sourceId(), f.token().origin(), f.token().key())
                    .ifPresent(e -> actions.followIfNothingStored(e.value(),
                            Msg.of("source.freshest", f.token().sourceName(), f.token().origin(), f.why()))));
        }
    }

    private void scanFailed(Throwable e) {
        scanning.set(false);
        progressText.set(messages.get("inspector.error", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
    }

    /** Lets the user pick a browser profile or storage folder, then reads it. */
    public void chooseFolder() {
        dialogs.chooseDirectory(messages.get("inspector.addFolder.title")).ifPresent(this::addFolder);
    }

    /** Reads the browser profiles found in {@code folder} (a user data folder, a profile or a storage folder). */
    public void addFolder(Path folder) {
        run(() -> services.discovery().discover(List.of(folder)).stream().filter(BrowserProfile::userAdded)
                .map(p -> scanOne(new Target(p.source(), p))).toList(), found -> {
            if (found.isEmpty()) {
                info.set(messages.get("inspector.info.noProfiles", folder.toString()));
                return;
            }
            userFolders.add(folder);
            found.forEach(scans::put);
            rebuild();
            selectNode("s:" + found.get(0).source().id());
            info.set(messages.get("inspector.info.added", folder.toString()));
        });
    }

    /** Reads the clipboard's text as a pasted value. */
    public void pasteFromClipboard() {
        clipboard.text().ifPresentOrElse(t -> addExtra(PastedSource.ofText(messages.get("source.clipboard"), t, clock)),
                () -> error.set(messages.get("error.clipboardEmpty")));
    }

    public void openJsonFile() {
        dialogs.chooseFileToOpen(messages.get("inspector.openFile")).ifPresent(p -> addExtra(PastedSource.ofFile(p, clock)));
    }

    private void addExtra(StorageSource source) {
        run(() -> scanOne(new Target(source, null)), s -> {
            extra.add(source);
            scans.put(s);
            rebuild();
            selectNode("s:" + source.id());
        });
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
    }

    // --- internals ---------------------------------------------------------------------------

    private void readLivePage() {
        try {
            if (web.page().isPresent()) {
                LivePage page = web.page().get();
                scans.live(page.origin(), page.readAll(), finder());
            } else {
                scans.live(null, null, finder());
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
        run(() -> scanOne(new Target(source, null)), s -> {
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

    private TokenFinder finder() {
        return services.finder().get();
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        busy.set(true);
        executor.submit(work, r -> {
            busy.set(false);
            done.accept(r);
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        error.set(e instanceof LiveEditor.PageChanged ? messages.get("inspector.error.pageChanged")
                : messages.get("inspector.error", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
    }

    private record Target(StorageSource source, BrowserProfile profile) {
    }
}
