package dev.tokendoctor.ui.bundle;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.report.BundleReader;
import dev.tokendoctor.report.BundleReport;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.common.ClipboardService;
import dev.tokendoctor.ui.common.DialogService;
import dev.tokendoctor.ui.netlog.NetworkLogViewModel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The support-bundle viewer: an engineer opens a user's bundle (a file picker or a drop on the
 * window) and reads it, read-only, in the app's own screens — the status card through
 * {@link BundleStatus}, the network log through a read-only {@link NetworkLogViewModel}, the rest
 * as a {@link BundlePage}. Reading happens off the FX thread; a file that is not a bundle is a
 * sentence, not a half-shown report, and leaves whatever was shown as it was.
 */
public final class BundleViewModel {

    private final ReadOnlyObjectWrapper<BundlePage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<NetworkLogViewModel> netLog = new ReadOnlyObjectWrapper<>();
    private final BundleStatus status = new BundleStatus();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final ClipboardService clipboard;
    private final ZoneId zone;
    private final BundleReader reader = new BundleReader();
    private volatile Messages messages;
    private BundleReport report;
    private Path file;

    public BundleViewModel(BackgroundExecutor executor, DialogService dialogs, ClipboardService clipboard, Messages messages,
                           ZoneId zone) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.messages = messages;
        this.zone = zone;
    }

    /** The bundle being shown, null until one is opened. */
    public ReadOnlyObjectProperty<BundlePage> pageProperty() { return page.getReadOnlyProperty(); }
    public BundlePage page() { return page.get(); }
    /** The user's status card as the bundle recorded it, for the Status screen's own card view. */
    public BundleStatus status() { return status; }
    /** The bundle's network log, for the Network log screen's own view; null until a bundle is open. */
    public ReadOnlyObjectProperty<NetworkLogViewModel> netLogProperty() { return netLog.getReadOnlyProperty(); }
    /** Why the last file could not be shown, in the reader's language; empty when it could. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public Messages messages() { return messages; }

    /** "Open a support bundle…": the file picker, then {@link #open(Path)}; a failure is a dialog. */
    public void chooseAndOpen() {
        dialogs.chooseFileToOpen(messages.get("bundle.open.title")).ifPresent(this::open);
    }

    /** Whether a drop of these files is a bundle to open (a .zip among them). */
    public Optional<Path> bundleAmong(List<Path> dropped) {
        return dropped.stream().filter(p -> p.getFileName() != null
                && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")).findFirst();
    }

    /**
     * Files dropped on the window: the first .zip opens; anything else is a sentence in
     * {@link #errorProperty()} (the view shows it where the files fell), never a dialog over the
     * user's work. Returns whether a bundle is being opened.
     */
    public boolean dropped(List<Path> files) {
        Optional<Path> bundle = bundleAmong(files);
        if (bundle.isEmpty()) {
            error.set(messages.get("bundle.drop.notBundle", files.stream().map(p -> String.valueOf(p.getFileName()))
                    .collect(Collectors.joining(", "))));
            return false;
        }
        read(bundle.get(), false);
        return true;
    }

    /** Reads {@code bundle} in the background and shows it; a failure is also a dialog. */
    public void open(Path bundle) {
        read(bundle, true);
    }

    private void read(Path bundle, boolean dialog) {
        busy.set(true);
        error.set("");
        executor.submit(() -> reader.read(bundle), read -> {
            busy.set(false);
            report = read;
            file = bundle;
            lay();
        }, failure -> {
            busy.set(false);
            String sentence = sentence(failure, bundle);
            error.set(sentence);
            if (dialog) {
                dialogs.showError(messages.get("bundle.open.title"), sentence, failure.getClass().getSimpleName());
            }
        });
    }

    /** The message the last drop left is read: it goes. */
    public void dismissError() {
        error.set("");
    }

    /** Closes the viewer. */
    public void close() {
        page.set(null);
        setNetLog(null);
        status.show(null, null, null);
        report = null;
    }

    /** Lays the open bundle out again in the new language. */
    public void relocalize(Messages newMessages) {
        messages = newMessages;
        if (report != null) {
            lay();
        }
    }

    private void lay() {
        Instant made = report.createdAt() == null ? Instant.EPOCH : report.createdAt();
        status.show(BundlePages.health(report), BundlePages.status(report, messages, zone), BundlePages.countdown(report, messages));
        setNetLog(NetworkLogViewModel.readOnly(BundleExchanges.of(report, made), clipboard, messages, zone));
        page.set(BundlePages.page(report, file, messages, zone));
    }

    private void setNetLog(NetworkLogViewModel next) {
        NetworkLogViewModel previous = netLog.get();
        netLog.set(next);
        if (previous != null) {
            previous.close();
        }
    }

    private String sentence(Throwable failure, Path bundle) {
        if (failure instanceof BundleReader.NotABundle notABundle) {
            return messages.get("bundle.error." + notABundle.reason(), bundle.getFileName());
        }
        if (failure instanceof NoSuchFileException) {
            return messages.get("cli.err.noFile", bundle);
        }
        return messages.get("bundle.error.unreadable", bundle.getFileName(), failure.getClass().getSimpleName());
    }
}
