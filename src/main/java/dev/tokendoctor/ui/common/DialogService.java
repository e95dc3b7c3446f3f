package dev.tokendoctor.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs and pickers for view models, which know no scene graph. */
public interface DialogService {

    /** Asks a yes/no question; true only on an explicit yes. */
    boolean confirm(String title, String header, String content);

    /** Lets the user pick a file to read. */
    Optional<Path> chooseFileToOpen(String title);

    /** Lets the user pick where to save a file, starting with {@code suggestedName}. */
    Optional<Path> chooseFileToSave(String title, String suggestedName);

    /** Lets the user pick a folder to read. */
    Optional<Path> chooseDirectory(String title);

    /** Shows an error sentence, with technical detail folded away. */
    void showError(String title, String message, String detail);
}
