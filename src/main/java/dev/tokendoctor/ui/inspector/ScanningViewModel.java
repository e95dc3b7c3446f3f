package dev.tokendoctor.ui.inspector;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.storage.source.PastedSource;
import dev.tokendoctor.storage.source.StorageSource;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.common.ClipboardService;
import dev.tokendoctor.ui.common.DialogService;
import dev.tokendoctor.ui.common.TokenChoice;
import dev.tokendoctor.ui.inspector.SourceScanner.Target;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reading half of the Inspector: which sources there are, scanning them in the background
 * (one after the other, with progress and cancel), folders the user adds and values they paste.
 * {@link InspectorViewModel} adds the changes and the Web app view.
 */
public abstract class ScanningViewModel extends BrowseViewModel {

    final InspectorServices services;
    final BackgroundExecutor executor;
    final DialogService dialogs;
    final ClipboardService clipboard;
    final InspectorActions actions;
    final SourceScanner scanner;
    private final Clock clock;
    private final List<Path> userFolders = new ArrayList<>();
    private final List<StorageSource> extra = new ArrayList<>();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private BackgroundExecutor.Cancellable current;
    private boolean launchScanDone;
    private final ObservableList<TokenChoice> tokenChoices = FXCollections.observableArrayList();

    ScanningViewModel(InspectorServices services, BackgroundExecutor executor, DialogService dialogs,
                      ClipboardService clipboard, Clock clock, Messages messages, InspectorActions actions) {
        super(messages, clock.getZone());
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.clock = clock;
        this.actions = actions;
        this.scanner = new SourceScanner(services);
    }

    /** Every readable token found outside the app's own store, for other screens to offer (the wizard's Detect step). */
    public ObservableList<TokenChoice> tokenChoices() {
        return tokenChoices;
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
        current = executor.submit(() -> scanner.targets(folders, pasted), t -> scanEach(t, 0), this::scanFailed);
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

    private void scanEach(List<Target> targets, int i) {
        if (cancel.get()) {
            return;
        }
        if (i == targets.size()) {
            scans.retain(targets.stream().map(t -> t.source().id()).collect(Collectors.toSet()));
            finished();
            return;
        }
        Target t = targets.get(i);
        progress.set((double) i / targets.size());
        progressText.set(messages.get("inspector.scanning", t.source().displayName(), i + 1, targets.size()));
        current = executor.submit(() -> scanner.scan(t, cancel::get), s -> {
            scans.put(s);
            rebuild();
            tokenChoices.setAll(scanner.choices(scans, messages));
            scanEach(targets, i + 1);
        }, this::scanFailed);
    }

    private void finished() {
        scanning.set(false);
        progress.set(1);
        summarize();
        if (!launchScanDone) {
            launchScanDone = true;
            scanner.launchPick(scans).ifPresent(p -> actions.followIfNothingStored(p.text(), p.source()));
        }
    }

    /** The line under the toolbar: how many sources, entries, tokens and problems are shown now. */
    void summarize() {
        long problems = scans.all().stream().mapToLong(s -> Scans.shownErrors(s).size()).sum();
        long entries = scans.all().stream().mapToLong(s -> s.result().entries().count()).sum();
        progressText.set(messages.get("inspector.scanned", scans.all().size(), entries, scans.tokens().size(), problems));
    }

    private void scanFailed(Throwable e) {
        scanning.set(false);
        progressText.set(messages.get("inspector.error", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
    }

    /** Called once a second: verdicts age (expiring soon → expired), so the Token column and the choices follow. */
    public void tick() {
        if (!scanning.get() && scans.judgeAgain(scanner.finder())) {
            rebuild();
            tokenChoices.setAll(scanner.choices(scans, messages));
        }
    }

    /** The app's own store (and its WebView's storage) changed: read those two again, not every browser. */
    public void appStoreChanged() {
        if (scanning.get()) {
            return;
        }
        for (StorageSource source : List.of(services.appStore(), services.webView())) {
            run(() -> scanner.scan(new Target(source, null), () -> false), s -> {
                scans.put(s);
                rebuild();
                tokenChoices.setAll(scanner.choices(scans, messages));
                summarize();
            });
        }
    }

    /** Lets the user pick a browser profile or storage folder, then reads it. */
    public void chooseFolder() {
        dialogs.chooseDirectory(messages.get("inspector.addFolder.title")).ifPresent(this::addFolder);
    }

    /** Reads the browser profiles found in {@code folder} (a user data folder, a profile or a storage folder). */
    public void addFolder(Path folder) {
        run(() -> scanner.folder(folder, () -> false), found -> {
            if (found.isEmpty()) {
                info.set(messages.get("inspector.info.noProfiles", folder.toString()));
                return;
            }
            userFolders.add(folder);
            found.forEach(scans::put);
            rebuild();
            tokenChoices.setAll(scanner.choices(scans, messages)); // the wizard may offer what was found there
            summarize();
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
        run(() -> scanner.scan(new Target(source, null), () -> false), s -> {
            extra.add(source);
            scans.put(s);
            rebuild();
            tokenChoices.setAll(scanner.choices(scans, messages));
            summarize();
            selectNode("s:" + source.id());
        });
    }

    @Override
    void fetchValue(EntryRow row) {
        scans.source(row.sourceId()).ifPresent(s -> executor.submit(
                () -> s.source().value(row.origin(), row.key(), () -> false).orElse(""),
                text -> valueRead(row, text), e -> valueRead(row, "")));
    }

    <T> void run(Callable<T> work, Consumer<T> done) {
        busy.set(true);
        executor.submit(work, r -> {
            busy.set(false);
            done.accept(r);
        }, this::failed);
    }
}
