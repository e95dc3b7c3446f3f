package dev.tokendoctor.ui.bundle;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.report.BundleReader;
import dev.tokendoctor.report.BundleReport;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.common.DialogService;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The support-bundle viewer: an engineer opens a user's bundle (a file picker or a drop on the
 * window) and reads it, read-only, laid out like the app's own screens. Reading happens off the
 * FX thread; a file that is not a bundle is a sentence, not a half-shown report.
 */
public final class BundleViewModel {

    private final ReadOnlyObjectWrapper<BundlePage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final BundleReader reader = new BundleReader();
    private volatile Messages messages;
    private BundleReport report;
    private Path file;

    public BundleViewModel(BackgroundExecutor executor, DialogService dialogs, Messages messages, ZoneId zone) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.zone = zone;
    }

    /** The bundle being shown, null until one is opened. */
    public ReadOnlyObjectProperty<BundlePage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public BundlePage page() {
        return page.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    /** "Open a support bundle…": the file picker, then {@link #open(Path)}. */
    public void chooseAndOpen() {
        dialogs.chooseFileToOpen(messages.get("bundle.open.title")).ifPresent(this::open);
    }

    /** Whether a drop of these files is a bundle to open (a .zip among them). */
    public Optional<Path> bundleAmong(List<Path> dropped) {
        return dropped.stream().filter(p -> p.getFileName() != null
                && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")).findFirst();
    }

    /** Reads {@code bundle} in the background and shows it. */
    public void open(Path bundle) {
        busy.set(true);
        error.set("");
        executor.submit(() -> reader.read(bundle), read -> {
            busy.set(false);
            report = read;
            file = bundle;
            page.set(BundlePages.of(read, bundle, messages, zone));
        }, failure -> {
            busy.set(false);
            String sentence = sentence(failure, bundle);
            error.set(sentence);
            dialogs.showError(messages.get("bundle.open.title"), sentence, failure.getClass().getSimpleName());
        });
    }

    /** Closes the viewer. */
    public void close() {
        page.set(null);
        report = null;
    }

    /** Lays the open bundle out again in the new language. */
    public void relocalize(Messages newMessages) {
        messages = newMessages;
        if (report != null) {
            page.set(BundlePages.of(report, file, newMessages, zone));
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
