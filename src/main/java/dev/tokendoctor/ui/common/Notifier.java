package dev.tokendoctor.ui.common;

/** Desktop notifications that appear even when the window is in the background. */
public interface Notifier {

    enum Severity { INFO, WARNING, ERROR }

    void notify(Severity severity, String title, String text);
}
