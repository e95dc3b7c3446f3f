package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.storage.StoredTokens.UndoPreview;
import dev.tokendoctor.storage.TokenStore;
import dev.tokendoctor.ui.common.BackgroundTasks;
import dev.tokendoctor.ui.common.DialogService;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Status screen's Undo. It exists for the user's own clear and import only (the store keeps
 * no undo for a refresh or a sign-in), its label names what it restores, and it asks before it
 * brings back a refresh token this session saw Coze spend or refuse.
 */
final class StatusUndo {

    /** The outcome of an undo: whether anything was restored, and the store as it is now. */
    record Done(boolean undone, StoredTokens.Loaded loaded, Optional<UndoPreview> next) {
    }

    private final StoredTokens stored;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> failed;
    private final ReadOnlyObjectWrapper<UndoPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");
    private final Set<Fingerprint> spent = new HashSet<>();
    private Messages messages;

    StatusUndo(StoredTokens stored, DialogService dialogs, BackgroundTasks tasks, Consumer<Throwable> failed, Messages messages) {
        this.stored = stored;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.failed = failed;
        this.messages = messages;
        relabel();
    }

    ReadOnlyObjectProperty<UndoPreview> previewProperty() { return preview.getReadOnlyProperty(); }
    ReadOnlyStringProperty labelProperty() { return label.getReadOnlyProperty(); }

    /** What undo would restore now (read in the background by whoever touched the store). */
    void show(Optional<UndoPreview> next) {
        preview.set(next.orElse(null));
        relabel();
    }

    /** A refresh token Coze spent (a successful refresh) or refused: restoring it needs a yes. */
    void spent(String refreshToken) {
        if (refreshToken != null && !refreshToken.isBlank()) {
            spent.add(Fingerprint.of(refreshToken));
        }
    }

    void relocalize(Messages newMessages) {
        messages = newMessages;
        relabel();
    }

    /** Clears the stored tokens after the user confirms (kept as a backup, so Undo clear can put them back). */
    void clear(Runnable cleared) {
        if (!dialogs.confirm(messages.get("clear.title"), messages.get("clear.header"),
                messages.get("clear.content", stored.store().file().toString()))) {
            return;
        }
        tasks.run(() -> {
            stored.clear();
            return stored.undoPreview();
        }, next -> {
            show(next);
            cleared.run();
        }, failed);
    }

    /** Reads what undo restores, asks if its refresh token is known dead, then restores it. */
    void undo(Consumer<Done> done) {
        tasks.run(stored::undoPreview, found -> {
            if (found.isEmpty() || !confirmed(found.get())) {
                if (found.isEmpty()) {
                    done.accept(new Done(false, null, Optional.empty()));
                }
                return;
            }
            tasks.run(() -> new Done(stored.store().undo(), stored.load(), stored.undoPreview()), result -> {
                show(result.next());
                done.accept(result);
            }, failed);
        }, failed);
    }

    private boolean confirmed(UndoPreview found) {
        TokenRecord restores = found.restores();
        if (restores == null || !restores.hasRefreshToken() || !spent.contains(restores.refreshFingerprint())) {
            return true;
        }
        return dialogs.confirm(messages.get("undo.spent.title"), messages.get("undo.spent.header"),
                messages.get("undo.spent.content", restores.refreshFingerprint().toString()));
    }

    private void relabel() {
        UndoPreview p = preview.get();
        if (p == null) {
            label.set(messages.get("action.undo"));
            return;
        }
        String what = p.restores() == null ? "?" : p.restores().accessFingerprint().toString();
        label.set(messages.get("action.undo." + p.change(), what));
    }
}
