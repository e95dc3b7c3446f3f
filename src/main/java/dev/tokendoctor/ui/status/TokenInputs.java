package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.ui.common.BackgroundTasks;
import dev.tokendoctor.ui.common.ClipboardService;
import dev.tokendoctor.ui.common.DialogService;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Status screen's ways in for a token: the paste box, the clipboard, a file, a token found elsewhere. */
final class TokenInputs {

    private final TokenImports imports;
    private final BackgroundTasks tasks;
    private final ClipboardService clipboard;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final Consumer<String> error;
    private final Consumer<Throwable> failed;
    private final Consumer<TokenImports.Result> imported;
    private final StringProperty pasteText = new SimpleStringProperty("");

    TokenInputs(TokenImports imports, BackgroundTasks tasks, ClipboardService clipboard, DialogService dialogs,
                Supplier<Messages> messages, Consumer<String> error, Consumer<Throwable> failed, Consumer<TokenImports.Result> imported) {
        this.imports = imports;
        this.tasks = tasks;
        this.clipboard = clipboard;
        this.dialogs = dialogs;
        this.messages = messages;
        this.error = error;
        this.failed = failed;
        this.imported = imported;
    }

    StringProperty pasteText() {
        return pasteText;
    }

    void checkPastedText() {
        importText(pasteText.get(), Msg.of("source.paste"));
    }

    void refuseOversizedPaste(int chars) {
        error.accept(messages.get().get("error.input", messages.get().format(TokenImports.oversized(chars))));
    }

    void pasteFromClipboard() {
        clipboard.text().ifPresentOrElse(t -> {
            pasteText.set(t.length() > 4096 ? t.substring(0, 4096) + "…" : t);
            importText(t, Msg.of("source.clipboard"));
        }, () -> error.accept(messages.get().get("error.clipboardEmpty")));
    }

    void openFile() {
        dialogs.chooseFileToOpen(messages.get().get("action.openFile")).ifPresent(this::openPath);
    }

    void openPath(Path path) {
        tasks.run(() -> imports.file(path), imported, failed);
    }

    void importText(String input, Msg source) {
        tasks.run(() -> imports.text(input, source), imported, failed);
    }

    void parseIfNothingStored(String input, Consumer<ParseResult> parsed) {
        tasks.run(() -> imports.parseIfNothingStored(input), parsed, failed);
    }

    static int maxChars() {
        return TokenParser.MAX_CHARS;
    }
}
