package dev.tokendoctor.app;

import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.storage.PageValueBackups;
import dev.tokendoctor.storage.discovery.ProfileDiscovery;
import dev.tokendoctor.storage.source.AppStoreSource;
import dev.tokendoctor.storage.sqlite.WebViewStorageSource;
import dev.tokendoctor.storage.tokens.TokenFinder;
import dev.tokendoctor.ui.common.FxDialogService;
import dev.tokendoctor.ui.inspector.InspectorActions;
import dev.tokendoctor.ui.inspector.InspectorServices;
import dev.tokendoctor.ui.inspector.InspectorViewModel;
import dev.tokendoctor.ui.shell.Page;
import java.util.function.Supplier;

/** Wires the Inspector: its sources, and what it may ask of the Status screen and the shell. */
final class Inspection {

    static InspectorViewModel viewModel(AppServices app, TokenParser parser, Supplier<HealthEvaluator> evaluator) {
        InspectorServices services = new InspectorServices(
                new AppStoreSource("Coze Token Doctor", app.storedTokens.store()),
                app.storedTokens,
                new WebViewStorageSource("WebView", app.dataDir.resolve("webview")),
                ProfileDiscovery.ofThisMachine(),
                () -> new TokenFinder(parser, evaluator.get(), app.clock),
                new PageValueBackups(app.dataDir, app.clock),
                () -> app.connection.sandbox().baseUrl() + CozeSandbox.COZE_TEST_PATH);
        InspectorViewModel vm = new InspectorViewModel(services, app.executor, new FxDialogService(() -> app.stage, () -> app.messages),
                app.clipboard, app.clock, app.messages, new InspectorActions() {
                    @Override
                    public void showInStatus(String text, Msg source) {
                        app.status.importText(text, source);
                        app.shell.pageProperty().set(Page.STATUS);
                    }

                    @Override
                    public void followIfNothingStored(String text, Msg source) {
                        app.status.followIfNothingStored(text, source);
                    }

                    @Override
                    public void appStoreChanged() {
                        app.status.loadStored();
                    }
                });
        // whatever changed the followed token (a sign-in, a refresh, an import) changed the store: show it
        app.status.subjectProperty().addListener((o, before, now) -> vm.appStoreChanged());
        return vm;
    }

    private Inspection() {
    }
}
