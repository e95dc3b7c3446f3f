package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.ui.bundle.BundleViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window opens a bundle written by the main of 2026-12-01 and shows it read-only, as someone else's machine. */
@ExtendWith(ApplicationExtension.class)
class BundleViewerFxTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixtures/bundles/main-2026-12-01.zip");

    @TempDir
    Path dir;
    AppServices services;

    @Start
    void start(Stage stage) {
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
    void theFixtureBundleOpensInItsOwnWindowMarkedAsSomeoneElses(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#nav-open-bundle").queryAs(Button.class).getText()).isEqualTo("Open a support bundle…");
        BundleViewModel vm = services.bundleViewModel();
        assertThat(vm.bundleAmong(List.of(Path.of("notes.txt"), FIXTURE))).contains(FIXTURE);
        assertThat(vm.bundleAmong(List.of(Path.of("notes.txt")))).isEmpty();

        robot.interact(() -> vm.open(FIXTURE));
        StatusScreenFxTest.waitUntil(() -> services.bundleWindow().stage() != null && services.bundleWindow().stage().isShowing());
        Stage viewer = services.bundleWindow().stage();
        assertThat(viewer.getTitle()).contains("main-2026-12-01.zip").contains("someone else's machine").contains("2026-12-01");
        Node root = viewer.getScene().getRoot();

        String banner = ((Label) root.lookup("#bundle-banner")).getText();
        assertThat(banner).startsWith("Someone else's machine").contains("2026-12-01").contains("nothing can be changed");
        assertThat(((Label) root.lookup("#bundle-state")).getText()).isEqualTo("Expired: refresh it");
        assertThat(texts(root.lookup("#bundle-findings"))).contains("The refresh token was used twice (REFRESH_TOKEN_REUSED)")
                .anyMatch(t -> t.startsWith("logid: "));
        assertThat(root.lookupAll(".titled-pane")).extracting(n -> ((TitledPane) n).getText())
                .anyMatch(t -> t.contains("GET") && t.contains("/v1/users/me"));
        assertThat(((TextArea) root.lookup("#bundle-pasted")).getText()).contains("invalid_grant").contains("refresh_token=1_…(48)#");
        assertThat(((TextArea) root.lookup("#bundle-steps")).getText()).contains("coze-test");
        assertThat(((TextArea) root.lookup("#bundle-pasted")).isEditable()).isFalse();
        // the user's own status screen is untouched
        assertThat(robot.lookup("#state-badge").queryAs(Label.class).getText()).isEqualTo("No token");
    }

    private static List<String> texts(Node node) {
        return ((Pane) node).lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }
}
