package dev.tokendoctor.ui.inspector;

import dev.tokendoctor.ui.common.Binder;
import dev.tokendoctor.ui.common.BundleText;
import dev.tokendoctor.ui.common.LazyWebView;
import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import netscape.javascript.JSObject;

/**
 * The Web app tab: a URL field and the embedded WebView (made on first use, on the same profile
 * folder as the Sign-in screen's). The loaded page is handed to the view model as a {@link LivePage}.
 */
public final class WebAppView {

    private final WebAppViewModel vm;
    private final LazyWebView browser;
    private final StackPane browserSlot = new StackPane();
    private final VBox root;

    public WebAppView(WebAppViewModel vm, ResourceBundle b, Path webProfile, dev.tokendoctor.ui.common.Lifecycle life) {
        this.vm = vm;
        this.browser = new LazyWebView(browserSlot, "webapp-webview", webProfile, this::wire);
        TextField url = new TextField();
        url.setId("webapp-url");
        url.setPromptText(b.getString("webapp.url.prompt"));
        url.textProperty().bindBidirectional(vm.urlProperty());
        url.setOnAction(e -> vm.open());
        HBox.setHgrow(url, Priority.ALWAYS);
        Button open = button("webapp-open", b.getString("webapp.open"), vm::open);
        open.disableProperty().bind(vm.canOpen().not());
        Button write = button("webapp-write", BundleText.of(b, "webapp.write"), vm::writeAppTokens);
        write.disableProperty().bind(vm.canWrite().not());
        Button close = button("webapp-close", b.getString("webapp.close"), () -> {
            vm.close();
            // the pressed button is disabled now and would hand the keyboard to the navigation: keep it here, on Open
            (open.isDisabled() ? url : open).requestFocus();
        });
        close.disableProperty().bind(vm.canClose().not());
        Button sandbox = button("webapp-sandbox", BundleText.of(b, "webapp.sandbox"), vm::openSandbox);
        sandbox.visibleProperty().bind(vm.offerSandboxProperty());
        sandbox.managedProperty().bind(sandbox.visibleProperty());
        Label message = new Label();
        message.setId("webapp-message");
        message.setWrapText(true);
        message.getStyleClass().add("caption");
        message.textProperty().bind(vm.messageProperty());
        Binder.shownWhenText(message, vm.messageProperty());
        Label hint = new Label(BundleText.of(b, "webapp.hint"));
        hint.setWrapText(true);
        // the page takes the room that is left; a VBox would otherwise shrink these to one cut line
        hint.setMinHeight(Region.USE_PREF_SIZE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("caption");

        HBox bar = new HBox(8, url, open, write, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        browserSlot.setId("webapp-browser-slot");
        VBox.setVgrow(browserSlot, Priority.ALWAYS);
        life.changes(vm.pageUrlProperty(), (a, u) -> show(u));
        life.changes(vm.pageOpenProperty(), (a, stillOpen) -> {
            if (!stillOpen) {
                browser.release();
            }
        });
        root = new VBox(8, hint, bar, message, sandbox, browserSlot);
        root.setPadding(new Insets(12));
        root.setId("webapp-screen");
        show(vm.pageUrlProperty().get());
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE); // at 800 px the URL field gives way, not the buttons' words
        button.setMnemonicParsing(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void show(String url) {
        if (url != null && !url.isEmpty()) {
            engine().load(url);
        }
    }

    /** Tells the view model when a page is ready (handing it the live page) or failed. */
    private void wire(WebEngine engine) {
        engine.getLoadWorker().stateProperty().addListener((o, a, state) -> {
            if (!browser.current(engine)) {
                return; // a closed page's browser emptying itself
            }
            if (state == Worker.State.SUCCEEDED) {
                vm.pageLoaded(new EnginePage(engine));
            } else if (state == Worker.State.FAILED) {
                Throwable ex = engine.getLoadWorker().getException();
                vm.pageFailed(engine.getLocation(), ex == null ? "" : ex.getMessage());
            }
        });
    }

    private WebEngine engine() {
        return browser.engine();
    }

    /** The page's storage through its own {@code localStorage} (UI thread only). */
    private record EnginePage(WebEngine engine) implements LivePage {
        @Override
        public String origin() {
            return String.valueOf(engine.executeScript("location.origin"));
        }

        @Override
        public String readAll() {
            return String.valueOf(engine.executeScript("JSON.stringify(Object.assign({}, localStorage))"));
        }

        @Override
        public void remove(String key) {
            storage().call("removeItem", key);
        }

        @Override
        public void set(String key, String value) {
            storage().call("setItem", key, value);
        }

        private JSObject storage() {
            return (JSObject) engine.executeScript("localStorage");
        }
    }

    public Node root() {
        return root;
    }
}
