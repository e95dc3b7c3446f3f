package dev.tokendoctor.testing;

import dev.tokendoctor.ui.common.ClipboardService;
import java.util.Optional;

/** A clipboard in memory. */
public final class MemoryClipboard implements ClipboardService {

    public String content;

    @Override
    public void putText(String text) {
        content = text;
    }

    @Override
    public Optional<String> text() {
        return Optional.ofNullable(content);
    }
}
