package dev.tokendoctor.ui.wizard;

import dev.tokendoctor.report.BundleInput;
import dev.tokendoctor.report.SupportBundle;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The support bundle on the Done step: built in the background, previewed, then saved where the user says. */
public final class BundleExport {

    private final BackgroundExecutor executor;
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private SupportBundle bundle;

    BundleExport(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /** The report.md text, empty until {@link #prepare} finished. */
    public ReadOnlyStringProperty previewProperty() { return preview.getReadOnlyProperty(); }

    boolean ready() {
        return bundle != null;
    }

    void prepare(Callable<BundleInput> input, Runnable done, Consumer<Throwable> failed) {
        bundle = null;
        preview.set("");
        executor.submit(() -> SupportBundle.build(input.call()), built -> {
            bundle = built;
            preview.set(built.preview());
            done.run();
        }, failed);
    }

    void save(Path target, Runnable done, Consumer<Throwable> failed) {
        SupportBundle ready = bundle;
        executor.submit(() -> {
            ready.writeTo(target);
            return target;
        }, saved -> done.run(), failed);
    }
}
