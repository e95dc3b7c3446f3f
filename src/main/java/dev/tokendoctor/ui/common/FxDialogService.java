package dev.tokendoctor.ui.common;

import dev.tokendoctor.core.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Supplier<Messages> messages;

    public FxDialogService(Supplier<Window> owner, Supplier<Messages> messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public boolean confirm(String title, String header, String content) {
        ButtonType yes = new ButtonType(messages.get().get("dialog.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get().get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, yes, no);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get().get("dialog.filter.tokens"), "*.json", "*.txt", "*.jwt"),
                new FileChooser.ExtensionFilter(messages.get().get("dialog.filter.all"), "*"));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File folder = chooser.showDialog(owner.get());
        return Optional.ofNullable(folder).map(File::toPath);
    }

    @Override
    public void showError(String title, String message, String detail) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (detail != null && !detail.isBlank()) {
            TextArea area = new TextArea(detail);
            area.setEditable(false);
            area.setWrapText(true);
            alert.getDialogPane().setExpandableContent(area);
        }
        alert.show();
    }
}
