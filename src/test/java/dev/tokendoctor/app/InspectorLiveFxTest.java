package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.testing.MutableClock;
import dev.tokendoctor.ui.inspector.EntryRow;
import dev.tokendoctor.ui.inspector.InspectorNode;
import dev.tokendoctor.ui.inspector.InspectorViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Inspector follows the store without "Scan again", its verdicts age with the clock, counts read well, found tokens can be followed. */
@ExtendWith(ApplicationExtension.class)
class InspectorLiveFxTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(NOW);
    AppServices services;
    InspectorViewModel vm;

    @Start
    void start(Stage stage) {
        services = new AppServices(dir, Messages.ENGLISH, null, clock);
        vm = services.inspectorViewModel();
        services.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        // on the FX thread: stopping the ticker's timeline from another thread races the pulse
        WaitForAsyncUtils.asyncFx(services::close).get();
    }

    @Test
    void theAppStoreCountFollowsANewTokenAndItsVerdictAgesWithTheClock(FxRobot robot) throws Exception {
        robot.clickOn("#nav-inspector");
        waitUntil(() -> !vm.scanningProperty().get() && appStore() != null);
        assertThat(appStore().count()).isZero();

        String json = "{\"access_token\":\"czu_InspectorLiveAccess0123456789abcdef\",\"refresh_token\":\"rt_live_0123456789\","
                + "\"expires_in\":" + NOW.plusSeconds(300).getEpochSecond() + "}";
        robot.interact(() -> services.statusViewModel().importText(json, Msg.of("source.paste")));
        waitUntil(() -> appStore() != null && appStore().count() == 1);
        waitUntil(() -> vm.progressTextProperty().get().contains("1 entry, 1 token"));

        InspectorNode store = appStore();
        robot.interact(() -> vm.selectNode(store.id()));
        @SuppressWarnings("unchecked")
        TableView<EntryRow> table = robot.lookup("#inspector-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.token().equals("Expiring soon")));

        clock.step(Duration.ofMinutes(6));
        robot.interact(vm::tick);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(EntryRow::token).contains("Expired: refresh it").doesNotContain("Expiring soon");
    }

    @Test
    void theScanSummaryCountsInWords(FxRobot robot) throws Exception {
        Messages en = new Messages(Messages.ENGLISH);
        assertThat(en.get("inspector.scanned", 1, 1L, 1, 0L)).isEqualTo("Read 1 source: 1 entry, 1 token, no problems.");
        assertThat(en.get("inspector.scanned", 3, 12L, 2, 1L)).isEqualTo("Read 3 sources: 12 entries, 2 tokens, 1 problem.");
        robot.clickOn("#nav-inspector");
        waitUntil(() -> !vm.scanningProperty().get());
        assertThat(robot.lookup("#inspector-progress-text").queryAs(Label.class).getText())
                .doesNotContainPattern("\\b1 (sources|entries|tokens|problems)\\b").doesNotContainPattern("\\b0 ");
    }

    @Test
    void aTokenInAnAddedFolderCanBeFollowed(FxRobot robot) throws Exception {
        Path copy = BrowserFixtures.copy(BrowserFixtures.CHROMIUM_USER_DATA.resolve("Default"), dir.resolve("added/Default"));
        robot.clickOn("#nav-inspector");
        waitUntil(() -> !vm.scanningProperty().get());
        int before = vm.tokenChoices().size();
        robot.interact(() -> vm.addFolder(copy));
        waitUntil(() -> !vm.busyProperty().get() && vm.tokenChoices().size() > before);
        assertThat(vm.tokenChoices()).anySatisfy(c -> assertThat(c.label()).contains(BrowserFixtures.ORIGIN));
    }

    private InspectorNode appStore() {
        return find(vm.treeProperty().get(), n -> n.kind() == InspectorNode.Kind.SOURCE && n.label().startsWith("The app's store"));
    }

    private static InspectorNode find(InspectorNode node, Predicate<InspectorNode> test) {
        if (node == null) {
            return null;
        }
        if (test.test(node)) {
            return node;
        }
        return node.children().stream().map(c -> find(c, test)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
