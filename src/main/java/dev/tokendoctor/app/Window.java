package dev.tokendoctor.app;

import javafx.application.Application;

/** Opens the window. Its own class, so that the launcher's command-line path never links a JavaFX class. */
final class Window {

    static void open(String[] args) {
        Application.launch(TokenDoctorApp.class, args);
    }

    private Window() {
    }
}
