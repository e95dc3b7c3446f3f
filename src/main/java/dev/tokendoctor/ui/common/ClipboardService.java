package dev.tokendoctor.ui.common;

import java.util.Optional;

/** The system clipboard, as text. Nothing secret is ever put here: callers pass fingerprints. */
public interface ClipboardService {

    void putText(String text);

    Optional<String> text();
}
