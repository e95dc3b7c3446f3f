package dev.tokendoctor.ui.login;

import dev.tokendoctor.ui.common.Binder;
import dev.tokendoctor.ui.common.LazyWebView;
import dev.tokendoctor.ui.common.Lifecycle;
import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;

/**
 * The Sign-in screen. The WebView (WebKit is heavy) is created only when a page must be shown;
 * its navigations are handed to the view model, which decides whether the redirect was reached.
 */
public final class SignInView {

    private final SignInViewModel vm;
    private final LazyWebView browser;
    private final StackPane browserSlot = new StackPane();
    private final VBox root;

    public SignInView(SignInViewModel vm, ResourceBundle b, Path webProfile) {
        this.vm = vm;
        this.browser = new LazyWebView(browserSlot, "signin-webview", webProfile, this::wire);
        Label title = new Label(b.getString("signin.title"));
        title.getStyleClass().add("screen-title");
        Label profile = new Label();
        profile.setId("signin-profile");
        profile.setWrapText(true);
        // the page below takes the room that is left; these lines keep theirs (a VBox shrinks a label to one cut line)
        profile.setMinHeight(Region.USE_PREF_SIZE);
        profile.getStyleClass().add("caption");
        profile.textProperty().bind(vm.profileTextProperty());

        Button here = new Button(b.getString("signin.here"));
        here.setId("signin-here");
        dev.tokendoctor.ui.common.Keys.mnemonic(here, 'i');
        here.setDefaultButton(true);
        here.disableProperty().bind(vm.canStart().not());
        here.setOnAction(e -> vm.signIn());
        Button browser = new Button(b.getString("signin.browser"));
        browser.setId("signin-browser");
        browser.disableProperty().bind(vm.canStart().not());
        browser.setOnAction(e -> vm.signInWithSystemBrowser());
        Button cancel = new Button(b.getString("signin.cancel"));
        cancel.setId("signin-cancel");
        cancel.disableProperty().bind(vm.canCancel().not());
        cancel.setOnAction(e -> vm.cancel());
        javafx.scene.Node busy = new dev.tokendoctor.ui.common.BusyIndicator(vm.busy(), 22);

        Label message = new Label();
        message.setId("signin-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("signin-message");
        message.textProperty().bind(vm.messageProperty());
        Lifecycle life = new Lifecycle();
        life.now(vm.phaseProperty(), p -> style(message, p));
        Binder.shownWhenText(message, vm.messageProperty());

        Label code = new Label();
        code.setId("device-code");
        code.getStyleClass().add("device-code");
        code.textProperty().bind(vm.userCodeProperty());
        Hyperlink link = new Hyperlink();
        link.setId("device-link");
        link.textProperty().bind(vm.verificationUriProperty());
        link.setOnAction(e -> vm.openVerificationPage());
        VBox device = new VBox(4, new Label(b.getString("signin.deviceHint")), code, link);
        Node address = addressBox(vm, b, life);
        device.getStyleClass().add("device-box");
        Binder.shownWhenText(device, vm.userCodeProperty());

        browserSlot.setId("signin-browser-slot");
        VBox.setVgrow(browserSlot, Priority.ALWAYS);
        browserSlot.visibleProperty().bind(Bindings.isNotEmpty(vm.pageUrlProperty()));
        browserSlot.managedProperty().bind(browserSlot.visibleProperty());
        life.changes(vm.pageUrlProperty(), (a, url) -> show(url));

        HBox actions = new HBox(8, here, browser, cancel, busy);
        actions.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, title, profile, actions, message, address, device, browserSlot);
        root.setPadding(new Insets(18));
        root.setId("signin-screen");
        life.attachTo(root);
        vm.describeConnection();
    }

    /** While the system browser is awaited: the address (without its query) and a Copy button. */
    private static Node addressBox(SignInViewModel vm, ResourceBundle b, Lifecycle life) {
        Label hint = new Label(b.getString("signin.addressHint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        field.setId("signin-address");
        field.setEditable(false);
        life.bindText(field, vm.browserAddressProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        Button copy = new Button(b.getString("signin.copyAddress"));
        copy.setId("signin-copy-address");
        copy.setOnAction(e -> vm.copyBrowserAddress());
        HBox row = new HBox(8, field, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, hint, row);
        box.setId("signin-address-box");
        box.getStyleClass().add("device-box");
        Binder.shownWhenText(box, vm.browserAddressProperty());
        return box;
    }

    private void show(String url) {
        if (url == null || url.isEmpty()) {
            // the sign-in ended: the page goes, and with it WebKit's 60 pulses a second. Later, not
            // inside the engine's own navigation callback (that is where a reached redirect ends it),
            // and only if no new sign-in has started meanwhile.
            Platform.runLater(() -> {
                String now = vm.pageUrlProperty().get();
                if (now == null || now.isEmpty()) {
                    browser.release();
                }
            });
            return;
        }
        engine().load(url);
    }

    /** Forwards the WebView's navigations to the view model, which decides whether the redirect was reached. */
    private void wire(WebEngine engine) {
        engine.locationProperty().addListener((o, a, location) -> {
            if (vm.navigated(location)) {
                engine.getLoadWorker().cancel();
            }
        });
        engine.setCreatePopupHandler(features -> { // a pop-up's address goes to the system browser, never a new WebView
            WebEngine popup = new WebEngine();
            popup.locationProperty().addListener((o, a, location) -> {
                if (location != null && !location.isEmpty()) {
                    popup.getLoadWorker().cancel();
                    vm.popup(location);
                }
            });
            return popup;
        });
        engine.getLoadWorker().exceptionProperty().addListener((o, a, ex) -> {
            if (ex != null) {
                vm.pageFailed(engine.getLocation(), ex.getMessage());
            }
        });
    }

    private WebEngine engine() {
        return browser.engine();
    }

    private static void style(Node message, SignInViewModel.Phase phase) {
        message.getStyleClass().removeAll("banner", "banner-error", "banner-info");
        if (phase == SignInViewModel.Phase.FAILED) {
            message.getStyleClass().addAll("banner", "banner-error");
        } else if (phase == SignInViewModel.Phase.SUCCEEDED) {
            message.getStyleClass().addAll("banner", "banner-info");
        }
    }

    public Node root() {
        return root;
    }
}
