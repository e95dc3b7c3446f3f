package dev.tokendoctor.ui.common;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

    /**
     * Drops the WebView once its page is no longer needed: while any WebKit engine exists, JavaFX
     * keeps the whole window pulsing on every frame (WebEngine's pulse timer, stopped only when the
     * last engine has been collected), which cost an idle window 2–3 % of a core after one sign-in.
     * An engine that lived through a sign-in sits in the old generation, which an idle app may not
     * collect for a long time, so one collection is asked for, off the FX thread, a moment later (the
     * scene lets go of a removed node only at its next pulse). The next {@link #engine()} makes a new one.
     */
    public void release() {
        if (webView == null) {
            return;
        }
        WebView gone = webView;
        webView = null;
        gone.getEngine().load(null); // stops a load still running and empties the page
        slot.getChildren().remove(gone);
        CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS).execute(System::gc);
    }

    /** Whether {@code engine} is this view's current one (a released engine still reports its last load). */
    public boolean current(WebEngine engine) {
        return webView != null && webView.getEngine() == engine;
    }

    /** Whether the WebView exists yet. */
    public boolean created() {
        return webView != null;
    }
}
