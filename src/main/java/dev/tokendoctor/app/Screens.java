package dev.tokendoctor.app;

import dev.tokendoctor.ui.inspector.InspectorView;
import dev.tokendoctor.ui.inspector.ScanIndicatorView;
import dev.tokendoctor.ui.login.SignInView;
import dev.tokendoctor.ui.netlog.NetworkLogView;
import dev.tokendoctor.ui.netlog.NetworkLogViewModel;
import dev.tokendoctor.ui.settings.SettingsView;
import dev.tokendoctor.ui.settings.SettingsViewModel;
import dev.tokendoctor.ui.shell.MainView;
import dev.tokendoctor.ui.shell.Page;
import dev.tokendoctor.ui.status.TokenStatusView;
import dev.tokendoctor.ui.wizard.FixWizardView;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Pane;

/** Builds the views for one language; each screen is made the first time it is shown. */
final class Screens {

    private final AppServices app;

    Screens(AppServices app) {
        this.app = app;
    }

    Parent build() {
        Map<Page, Supplier<Node>> screens = new EnumMap<>(Page.class);
        screens.put(Page.STATUS, () -> new TokenStatusView(app.status, app.messages.bundle()).root());
        screens.put(Page.WIZARD, () -> new FixWizardView(app.wizard, app.messages.bundle()).root());
        screens.put(Page.SIGNIN, () -> new SignInView(app.signIn, app.messages.bundle(), app.dataDir.resolve("webview")).root());
        screens.put(Page.INSPECTOR, () -> new InspectorView(app.inspector, app.messages.bundle(), app.dataDir.resolve("webview")).root());
        screens.put(Page.NETLOG, () -> new NetworkLogView(netLog(), app.messages.bundle()).root());
        screens.put(Page.SETTINGS, () -> new SettingsView(new SettingsViewModel(app.settings(),
                app.messages.locale().getLanguage(), app.dataDir.toString(), app.settingsStore, app.secrets,
                app.executor, app.messages, app::settingsChanged), app.messages.bundle()).root());
        Parent root = new MainView(app.shell, app.messages.bundle(), screens).root();
        ScanIndicatorView.attach(root.lookup("#nav-inspector"), app.inspector);
        app.bundleWindow.attachTo(root, root.lookup(".nav") instanceof Pane nav ? nav : null);
        return root;
    }

    /** One live network-log view model at a time: the previous language's one stops listening. */
    private NetworkLogViewModel netLog() {
        NetworkLogViewModel fresh = new NetworkLogViewModel(app.exchangeLog, app.clipboard, Platform::runLater,
                app.messages, app.clock.getZone());
        NetworkLogViewModel previous = app.netLog.getAndSet(fresh);
        if (previous != null) {
            previous.close();
        }
        return fresh;
    }
}
