package dev.tokendoctor.app;

import static dev.tokendoctor.app.StatusScreenFxTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.storage.tokens.BrowserGuidance;
import dev.tokendoctor.ui.inspector.EntryRow;
import dev.tokendoctor.ui.inspector.InspectorNode;
import dev.tokendoctor.ui.inspector.InspectorViewModel;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Inspector in the real window, headless: the sandbox web app's coze_oauth_tokens read live
 * from the embedded WebView, cleared with a backup and put back; a browser folder only read,
 * with the console fix on screen.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorFxTest {

    @TempDir
    Path dir;
    AppServices services;
    InspectorViewModel vm;

    @Start
    void start(Stage stage) {
        services = new AppServices(dir, Messages.ENGLISH, null, Clock.systemUTC());
        services.show(stage);
        vm = services.inspectorViewModel();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theSandboxWebAppsTokensShowLiveAndClearingBacksUpAndUndoPutsThemBack(FxRobot robot) throws Exception {
        robot.clickOn("#nav-inspector");
        waitUntil(() -> !vm.scanningProperty().get());
        String url = services.connection().sandbox().baseUrl() + CozeSandbox.COZE_TEST_PATH;
        robot.clickOn("Web app");
        robot.interact(() -> robot.lookup("#webapp-url").queryAs(TextField.class).setText(url));
        robot.clickOn("#webapp-open");
        waitUntil(() -> !vm.web().liveOriginProperty().get().isEmpty());
        WebView web = robot.lookup("#webapp-webview").queryAs(WebView.class);
        String token = "{\"access_token\":\"czu_FxInspectorAccess0123456789abcdef\",\"refresh_token\":\"rt_FxInspector\","
                + "\"expires_in\":" + Instant.now().plusSeconds(3600).getEpochSecond() + ",\"token_type\":\"Bearer\"}";
        robot.interact(() -> web.getEngine().executeScript("localStorage.setItem('coze_oauth_tokens', '" + token + "')"));

        robot.clickOn("Stores");
        robot.clickOn("#inspector-refresh");
        waitUntil(() -> !vm.scanningProperty().get() && liveNode() != null);
        InspectorNode live = liveNode();
        robot.interact(() -> vm.selectNode(live.id()));
        TreeView<?> tree = robot.lookup("#inspector-tree").queryAs(TreeView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue()).isEqualTo(live);
        @SuppressWarnings("unchecked")
        TableView<EntryRow> table = robot.lookup("#inspector-table").queryAs(TableView.class);
        EntryRow coze = table.getItems().stream().filter(r -> r.key().equals("coze_oauth_tokens")).findFirst().orElseThrow();
        assertThat(coze.token()).isEqualTo("Valid");
        robot.interact(() -> table.getSelectionModel().select(coze));
        String shown = robot.lookup("#inspector-value").queryAs(TextArea.class).getText();
        assertThat(shown).contains("czu_…(").doesNotContain("FxInspectorAccess");

        robot.clickOn("#inspector-clear-coze");
        robot.clickOn("Yes");
        waitUntil(() -> item(robot, web) == null);
        assertThat(pageBackups()).hasSize(1);
        assertThat(Files.readString(pageBackups().get(0))).contains("FxInspectorAccess");
        assertThat(text(robot, "#inspector-info")).contains("Deleted coze_oauth_tokens");

        robot.clickOn("#inspector-undo");
        waitUntil(() -> token.equals(item(robot, web)));
        assertThat(vm.rows()).extracting(EntryRow::key).contains("coze_oauth_tokens");
    }

    @Test
    void closingThePageDropsTheEmbeddedBrowserAndItsLivePageAndOpenBringsThemBack(FxRobot robot) throws Exception {
        robot.clickOn("#nav-inspector");
        waitUntil(() -> !vm.scanningProperty().get());
        assertThat(robot.lookup("#webapp-close").queryAs(Button.class).isDisabled()).isTrue(); // nothing open yet
        String url = services.connection().sandbox().baseUrl() + CozeSandbox.COZE_TEST_PATH;
        robot.clickOn("Web app");
        robot.interact(() -> robot.lookup("#webapp-url").queryAs(TextField.class).setText(url));
        robot.clickOn("#webapp-open");
        waitUntil(() -> !vm.web().liveOriginProperty().get().isEmpty());
        // at 800×600 the page takes the room that is left; the hint and the message above it keep all their lines
        robot.interact(() -> {
            Stage stage = (Stage) robot.lookup("#webapp-screen").query().getScene().getWindow();
            stage.setWidth(800);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(SettingsFxTest.cutLabels(robot.lookup("#webapp-screen").query())).isEmpty();
        WeakReference<WebEngine> engine = new WeakReference<>(robot.lookup("#webapp-webview").queryAs(WebView.class).getEngine());

        robot.clickOn("#webapp-close");
        assertThat(vm.web().liveOriginProperty().get()).isEmpty();
        assertThat(text(robot, "#webapp-message")).startsWith("Page closed");
        assertThat(robot.lookup("#webapp-write").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#webapp-close").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#webapp-open").query().isFocused()).as("the keyboard stays by the page, on Open").isTrue();
        // while a WebKit engine exists the window redraws on every pulse: nothing may keep this one
        waitUntil(() -> robot.lookup("#webapp-webview").tryQuery().isEmpty());
        waitUntil(() -> {
            System.gc();
            return engine.get() == null;
        });

        robot.clickOn("#webapp-open");
        waitUntil(() -> !vm.web().liveOriginProperty().get().isEmpty());
        assertThat(robot.lookup("#webapp-webview").tryQuery()).isPresent();
        assertThat(robot.lookup("#webapp-close").queryAs(Button.class).isDisabled()).isFalse();
        robot.interact(() -> {
            Stage stage = (Stage) robot.lookup("#webapp-screen").query().getScene().getWindow();
            stage.setWidth(1000); // the next test gets the window's usual size
            stage.setHeight(780);
        });
    }

    @Test
    void aBrowserFolderIsOnlyReadAndTheScreenOffersTheConsoleFix(FxRobot robot) throws Exception {
        Path copy = BrowserFixtures.copy(BrowserFixtures.CHROMIUM_USER_DATA.resolve("Default"), dir.resolve("added/Default"));
        robot.clickOn("#nav-inspector");
        waitUntil(() -> !vm.scanningProperty().get());

        robot.interact(() -> vm.addFolder(copy));
        waitUntil(() -> !vm.busyProperty().get() && vm.selectedNodeIdProperty().get() != null);
        InspectorNode origin = find(vm.treeProperty().get(), n -> n.kind() == InspectorNode.Kind.ORIGIN
                && n.id().contains(copy.toString()) && n.label().equals(BrowserFixtures.ORIGIN));
        robot.interact(() -> vm.selectNode(origin.id()));

        assertThat(text(robot, "#inspector-console-line")).isEqualTo(BrowserGuidance.CONSOLE_LINE);
        assertThat(robot.lookup("#inspector-console-line").query().isVisible()).isTrue();
        assertThat(text(robot, "#inspector-note")).contains("only reads Chromium");
        assertThat(robot.lookup("#inspector-clear-coze").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#inspector-delete").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#inspector-copy-console");
        assertThat(text(robot, "#inspector-info")).contains("Copied the console lines");
    }

    private InspectorNode liveNode() {
        return find(vm.treeProperty().get(), n -> n.kind() == InspectorNode.Kind.ORIGIN && n.label().endsWith("(live page)")
                && n.count() > 0);
    }

    private static InspectorNode find(InspectorNode node, java.util.function.Predicate<InspectorNode> test) {
        if (node == null) {
            return null;
        }
        if (test.test(node)) {
            return node;
        }
        return node.children().stream().map(c -> find(c, test)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String item(FxRobot robot, WebView web) {
        String[] value = new String[1];
        robot.interact(() -> {
            Object v = web.getEngine().executeScript("localStorage.getItem('coze_oauth_tokens')");
            value[0] = v instanceof String s ? s : null;
        });
        return value[0];
    }

    private List<Path> pageBackups() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().startsWith("page-")).toList());
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
