package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.ui.common.BackgroundTasks;
import dev.tokendoctor.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the Status screen says about where the tokens live: problems found at start (a data folder
 * that cannot be written, a settings file that could not be read) and tokens held in memory only
 * because their save failed, with "Save as…" so they are never lost. Stays until resolved.
 */
final class StorageNotice {

    private final StoredTokens stored;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> failed;
    private final List<Msg> atStart = new ArrayList<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(false);
    private String unsavedBecause;
    private Messages messages;

    StorageNotice(StoredTokens stored, DialogService dialogs, BackgroundTasks tasks, Consumer<Throwable> failed, Messages messages) {
        this.stored = stored;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.failed = failed;
        this.messages = messages;
    }

    ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty unsavedProperty() { return unsaved.getReadOnlyProperty(); }

    void problemAtStart(Msg problem) {
        atStart.add(problem);
        render();
    }

    /** After every load, import or clear: are the followed tokens held in memory only? (No I/O: the store remembers.) */
    void update() {
        unsavedBecause = stored.unsavedBecause();
        unsaved.set(unsavedBecause != null);
        render();
    }

    /** Asks where, then writes the followed tokens there (owner-only, atomically). */
    void saveAs(Consumer<String> saved) {
        dialogs.chooseFileToSave(messages.get("storage.saveAs.title"), "coze-tokens.json").ifPresent(target ->
                tasks.run(() -> {
                    stored.saveAs(target);
                    return target;
                }, path -> saved.accept(messages.get("storage.savedAs", path.toString())), failed));
    }

    void relocalize(Messages newMessages) {
        messages = newMessages;
        render();
    }

    private void render() {
        List<String> lines = new ArrayList<>();
        atStart.forEach(m -> lines.add(messages.format(m)));
        if (unsaved.get()) {
            lines.add(messages.get("storage.unsaved", String.valueOf(unsavedBecause)));
        }
        text.set(String.join("\n", lines));
    }
}
