package dev.tokendoctor.testing;

import dev.tokendoctor.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers dialogs as a test decides and remembers what was asked. */
public final class RecordingDialogs implements DialogService {

    public boolean answerYes = true;
    public Path fileToOpen;
    public Path fileToSave;
    public Path folderToOpen;
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public boolean confirm(String title, String header, String content) {
        confirmations.add(header + " " + content);
        return answerYes;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        return Optional.ofNullable(folderToOpen);
    }

    @Override
    public void showError(String title, String message, String detail) {
        errors.add(message);
    }
}
