package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.ui.bundle.BundleViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window opens a bundle written by the main of 2026-12-01 and shows it read-only in the app's own screens, as someone else's machine. */
@ExtendWith(ApplicationExtension.class)
class BundleViewerFxTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixtures/bundles/main-2026-12-01.zip");

    @TempDir
    Path dir;
    AppServices services;
    Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        services = new AppServices(dir, Messages.ENGLISH, null, Clock.systemUTC());
        services.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (services.bundleWindow().stage() != null) {
                services.bundleWindow().stage().close();
            }
        });
        services.close();
    }

    @Test
    void theFixtureBundleOpensInTheAppsOwnScreensMarkedAsSomeoneElses(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#nav-open-bundle").queryAs(Button.class).getText()).isEqualTo("Open a support bundle…");
        BundleViewModel vm = services.bundleViewModel();
        assertThat(vm.bundleAmong(List.of(Path.of("notes.txt"), FIXTURE))).contains(FIXTURE);
        assertThat(vm.bundleAmong(List.of(Path.of("notes.txt")))).isEmpty();

        robot.interact(() -> vm.open(FIXTURE));
        StatusScreenFxTest.waitUntil(() -> services.bundleWindow().stage() != null && services.bundleWindow().stage().isShowing());
        Stage viewer = services.bundleWindow().stage();
        assertThat(viewer.getTitle()).contains("main-2026-12-01.zip").contains("someone else's machine").contains("2026-12-01");
        Parent root = viewer.getScene().getRoot();
        String banner = ((Label) root.lookup("#bundle-banner")).getText();
        assertThat(banner).startsWith("Someone else's machine").contains("2026-12-01").contains("nothing can be changed");

        // the Status screen's own card: badge, countdown, action card, details — and not one of its buttons
        assertThat(((Label) root.lookup("#state-badge")).getText()).isEqualTo("Expired: refresh it");
        assertThat(root.lookup("#badge").getStyleClass()).contains("state-expired-refreshable");
        assertThat(((Label) root.lookup("#detail-access")).getText()).isEqualTo("czu_…(68)#e567c463");
        assertThat(((Label) root.lookup("#countdown-caption")).getText()).isEqualTo("expired 00:08:02 before the bundle was made");
        assertThat(root.lookup("#action-card").isVisible()).isTrue();
        assertThat(texts(root.lookup("#reasons-box"))).contains("The access token expired 00:08:01 ago.");
        for (String action : List.of("#card-primary", "#fix-wizard", "#reveal", "#refresh-now", "#clear-tokens", "#paste-area")) {
            assertThat(root.lookup(action)).as(action).isNull();
        }

        page(robot, root, "diagnosis");
        assertThat(texts(root.lookup("#bundle-findings")))
                .anyMatch(t -> t.startsWith("The refresh token was used twice (REFRESH_TOKEN_REUSED) — "))
                .anyMatch(t -> t.contains("Coze logid (quote it to Coze support): 179616170319772D379AD1DE2AE0F2E94"));
        assertThat(texts(root.lookup("#bundle-network"))).anyMatch(t -> t.startsWith("✔ DNS"));
        assertThat(texts(root.lookup("#bundle-config"))).anyMatch(t -> t.contains(".env:3"));

        // the Network log screen itself, on the bundle's exchanges: filter, details and copy, no Clear
        page(robot, root, "netlog");
        TableView<?> table = (TableView<?>) root.lookup("#netlog-table");
        assertThat(table.getItems()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(root.lookupAll(".button")).filteredOn(Node::isVisible).extracting(n -> ((Button) n).getText())
                .contains("Copy", "Copy all shown").doesNotContain("Clear");

        page(robot, root, "input");
        assertThat(((TextArea) root.lookup("#bundle-pasted")).getText()).contains("invalid_grant").contains("refresh_token=1_…(48)#");
        assertThat(((TextArea) root.lookup("#bundle-steps")).getText()).contains("coze-test");
        assertThat(((TextArea) root.lookup("#bundle-pasted")).isEditable()).isFalse();
        // the banner stays on every page
        assertThat(root.lookup("#bundle-banner").isVisible()).isTrue();
        // the user's own status screen is untouched
        assertThat(((Label) main.getScene().getRoot().lookup("#state-badge")).getText()).isEqualTo("No token");
    }

    @Test
    void aLanguageSwitchRedrawsTheOpenViewerInTheNewLanguage(FxRobot robot) throws Exception {
        robot.interact(() -> services.bundleViewModel().open(FIXTURE));
        StatusScreenFxTest.waitUntil(() -> services.bundleWindow().stage() != null && services.bundleWindow().stage().isShowing());
        page(robot, services.bundleWindow().stage().getScene().getRoot(), "netlog");

        robot.interact(() -> services.settingsChanged(services.settings().withLanguage("zh")));
        StatusScreenFxTest.waitUntil(() -> services.bundleWindow().stage().getScene().getRoot().lookup("#bundle-banner") instanceof Label l
                && l.getText().startsWith("他人的电脑"));
        Parent root = services.bundleWindow().stage().getScene().getRoot();
        assertThat(services.bundleWindow().stage().isShowing()).isTrue();
        assertThat(services.bundleWindow().stage().getTitle()).startsWith("支持包 main-2026-12-01.zip");
        assertThat(((ToggleButton) root.lookup("#bundle-nav-status")).getText()).isEqualTo("状态");
        assertThat(((Label) root.lookup("#state-badge")).getText()).isEqualTo(new Messages(Messages.CHINESE).get("state.EXPIRED_REFRESHABLE"));
    }

    private static void page(FxRobot robot, Parent root, String name) {
        robot.interact(() -> ((ToggleButton) root.lookup("#bundle-nav-" + name)).setSelected(true));
    }

    private static List<String> texts(Node node) {
        return ((Pane) node).lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }
}
