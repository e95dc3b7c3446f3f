package dev.tokendoctor.ui.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tokendoctor.core.json.Json;
import dev.tokendoctor.storage.PageValueBackups;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Changes one key of the live page's localStorage, always backing up the old value first (in the
 * background), and puts the newest backup back. Page calls happen on the caller's (UI) thread.
 */
final class LiveEditor {


    private final PageValueBackups backups;
    private final BackgroundExecutor executor;

    LiveEditor(PageValueBackups backups, BackgroundExecutor executor) {
        this.backups = backups;
        this.executor = executor;
    }

    /** Sets {@code key} to {@code value}, or removes it when {@code value} is null; {@code done} gets the backup file. */
    void change(LivePage page, String key, String value, Consumer<Path> done, Consumer<Throwable> failed) {
        String origin = page.origin();
        String old;
        try {
            old = current(page, key);
        } catch (IOException e) {
            failed.accept(e);
            return;
        }
        executor.submit(() -> backups.save(origin, key, old), backup -> {
            if (!origin.equals(page.origin())) {
                failed.accept(new PageChanged());
            } else {
                write(page, key, value);
                done.accept(backup);
            }
        }, failed);
    }

    /** Writes the newest backup of this page's origin back; {@code done} gets the key, or null if there was none. */
    void undo(LivePage page, Consumer<String> done, Consumer<Throwable> failed) {
        String origin = page.origin();
        executor.submit(() -> backups.newest().filter(b -> b.origin().equals(origin)).orElse(null), backup -> {
            if (backup == null) {
                done.accept(null);
                return;
            }
            write(page, backup.key(), backup.value());
            executor.submit(() -> {
                backups.markRestored(backup);
                return backup.key();
            }, done, failed);
        }, failed);
    }

    static String current(LivePage page, String key) throws IOException {
        JsonNode value = Json.mapper().readTree(page.readAll()).get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void write(LivePage page, String key, String value) {
        if (value == null) {
            page.remove(key);
        } else {
            page.set(key, value);
        }
    }

    /** The page navigated to another origin between the backup and the change. */
    static final class PageChanged extends Exception {
        private static final long serialVersionUID = 1L;

        PageChanged() {
            super("page changed", null, false, false);
        }
    }
}
