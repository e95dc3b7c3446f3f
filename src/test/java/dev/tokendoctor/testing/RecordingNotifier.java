package dev.tokendoctor.testing;

import dev.tokendoctor.ui.common.Notifier;
import java.util.ArrayList;
import java.util.List;

/** Keeps the notifications instead of showing them. */
public final class RecordingNotifier implements Notifier {

    public record Shown(Severity severity, String title, String text) {
    }

    public final List<Shown> shown = new ArrayList<>();

    @Override
    public void notify(Severity severity, String title, String text) {
        shown.add(new Shown(severity, title, text));
    }
}
