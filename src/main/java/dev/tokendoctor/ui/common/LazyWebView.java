package dev.tokendoctor.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.layout.Pane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

/**
 * A WebView made only when a page must be shown (WebKit is heavy), on the app's own profile
 * folder, placed into {@code slot}; {@code wire} attaches the screen's listeners once.
 */
public final class LazyWebView {

    private final Pane slot;
    private final String id;
    private final Path profile;
    private final Consumer<WebEngine> wire;
    private WebView webView;

    public LazyWebView(Pane slot, String id, Path profile, Consumer<WebEngine> wire) {
        this.slot = slot;
        this.id = id;
        this.profile = profile;
        this.wire = wire;
    }

    /** The engine, creating the WebView on first use. */
    public WebEngine engine() {
        if (webView == null) {
            webView = new WebView();
            webView.setId(id);
            WebEngine engine = webView.getEngine();
            engine.setUserDataDirectory(profile.toFile());
            wire.accept(engine);
            slot.getChildren().setAll(webView);
        }
        return webView.getEngine();
    }

    /** Whether the WebView exists yet. */
    public boolean created() {
        return webView != null;
    }
}
