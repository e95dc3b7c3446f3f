package dev.tokendoctor.bench;

import dev.tokendoctor.app.AppServices;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.ui.inspector.InspectorNode;
import dev.tokendoctor.ui.inspector.InspectorViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

/**
 * Puts the real app into the state one README screenshot shows, on a real display, then takes
 * the picture of the whole screen with ImageMagick's {@code import} and exits.
 * {@code scripts/take-screenshots.sh} runs it once per picture under Xvfb at 1000×780.
 */
public final class ReadmeScreens extends Application {

    private static String scene;
    private static Path out;
    private AppServices services;
    private Stage stage;

    /** The entry point: the launcher refuses an Application subclass as main class on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            scene = args[0];
            out = Path.of(args[1]);
            launch(ReadmeScreens.class);
        }
    }

    @Override
    public void start(Stage primary) throws Exception {
        stage = primary;
        Path data = Files.createTempDirectory("doctor-shots");
        services = new AppServices(data, scene.endsWith("-zh") ? Messages.CHINESE : Messages.ENGLISH, null, Clock.systemDefaultZone());
        services.useBrowser(uri -> false);
        services.show(stage);
        stage.setX(0);
        stage.setY(0);
        // 1000×780 for the README; -Dshot.size=800x600 checks the small screen
        String[] size = System.getProperty("shot.size", "1000x780").split("x");
        stage.setWidth(Double.parseDouble(size[0]));
        stage.setHeight(Double.parseDouble(size[1]));
        Thread director = new Thread(() -> {
            try {
                direct(data);
                Thread.sleep(1500); // let the last layout and the WebView paint
                Process shot = new ProcessBuilder("import", "-window", "root", out.toString()).inheritIO().start();
                shot.waitFor(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.runLater(() -> {
                    services.close();
                    Platform.exit();
                });
            }
        }, "screens-director");
        director.setDaemon(true);
        director.start();
    }

    private void direct(Path data) throws Exception {
        waitFor(() -> !services.statusViewModel().busyProperty().get() && !services.inspectorViewModel().scanningProperty().get());
        long now = Instant.now().getEpochSecond();
        switch (scene) {
            case "status-zh" -> importToken(now - 300, now - 1200);
            case "status-en" -> importToken(now + 360, now - 540);
            case "wizard-zh" -> {
                importToken(now - 300, now - 1200);
                fx(() -> press("#fix-wizard"));
                waitFor(() -> services.wizardViewModel().step() == dev.tokendoctor.ui.wizard.FixWizardViewModel.Step.FIX);
            }
            case "signin-zh", "status-signed-in-zh" -> {
                fx(() -> press("#nav-signin"));
                waitFor(() -> lookup("#signin-here") instanceof ButtonBase b && !b.isDisabled());
                fx(() -> press("#signin-here"));
                waitFor(() -> lookup("#signin-webview") instanceof WebView w && w.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                        && Boolean.TRUE.equals(w.getEngine().executeScript("document.getElementById('approve') != null")));
                if (scene.equals("status-signed-in-zh")) {
                    fx(() -> ((WebView) lookup("#signin-webview")).getEngine().executeScript("document.getElementById('approve').click()"));
                    waitFor(() -> services.statusViewModel().storedProperty().get() && lookup("#status-screen") != null);
                }
            }
            case "inspector-zh" -> {
                Path copy = BrowserFixtures.copy(BrowserFixtures.CHROMIUM_USER_DATA.resolve("Default"), data.resolve("chrome/Default"));
                fx(() -> press("#nav-inspector"));
                InspectorViewModel vm = services.inspectorViewModel();
                fx(() -> vm.addFolder(copy));
                waitFor(() -> !vm.busyProperty().get() && find(vm.treeProperty().get(), n -> n.kind() == InspectorNode.Kind.ORIGIN
                        && n.id().contains(copy.toString()) && n.label().equals(BrowserFixtures.ORIGIN)) != null);
                InspectorNode origin = find(vm.treeProperty().get(), n -> n.kind() == InspectorNode.Kind.ORIGIN
                        && n.id().contains(copy.toString()) && n.label().equals(BrowserFixtures.ORIGIN));
                fx(() -> vm.selectNode(origin.id()));
                waitFor(() -> !vm.rows().isEmpty());
                fx(() -> vm.rows().stream().filter(r -> r.key().equals("coze_oauth_tokens")).findFirst().ifPresent(vm::selectRow));
            }
            case "inspector-en" -> {
                importToken(now + 1800, now - 60);
                fx(() -> press("#nav-inspector"));
                InspectorViewModel vm = services.inspectorViewModel();
                waitFor(() -> find(vm.treeProperty().get(), n -> n.kind() == InspectorNode.Kind.SOURCE && n.count() == 1
                        && n.label().startsWith("The app's store")) != null);
                InspectorNode store = find(vm.treeProperty().get(), n -> n.kind() == InspectorNode.Kind.SOURCE
                        && n.label().startsWith("The app's store"));
                fx(() -> vm.selectNode(store.id()));
                waitFor(() -> !vm.rows().isEmpty());
                fx(() -> vm.selectRow(vm.rows().get(0)));
            }
            case "bundle-viewer-zh", "bundle-viewer-en" -> {
                // the viewer's window over the main one, on the page -Dbundle.page names (status by default)
                // a bundle as this version writes it (real sandbox exchanges, a refused refresh, a network check)
                Path written = java.nio.file.Files.createTempFile("readme-bundle-", ".zip");
                written.toFile().deleteOnExit();
                dev.tokendoctor.report.BundleFixtureMaker.main(new String[] {written.toString()});
                fx(() -> services.bundleViewModel().open(written));
                waitFor(() -> services.bundleWindow().stage() != null && services.bundleWindow().stage().isShowing());
                fx(() -> {
                    javafx.stage.Stage viewer = services.bundleWindow().stage();
                    viewer.setX(0);
                    viewer.setY(0);
                    viewer.setWidth(stage.getWidth());
                    viewer.setHeight(stage.getHeight());
                    ((javafx.scene.control.ToggleButton) viewer.getScene().lookup("#bundle-nav-"
                            + System.getProperty("bundle.page", "status"))).setSelected(true);
                });
            }
            default -> throw new IllegalArgumentException("no scene " + scene);
        }
    }

    private void importToken(long expiresIn, long obtainedAt) throws Exception {
        String json = "{\"access_token\":\"czu_ReadmeScreenshotAccessToken0123456789abcdefghijkl\",\"refresh_token\":\"rt_ReadmeScreenshot0123456789\","
                + "\"expires_in\":" + expiresIn + ",\"obtained_at\":" + obtainedAt + ",\"token_type\":\"Bearer\"}";
        fx(() -> services.statusViewModel().importText(json, Msg.of("source.paste")));
        waitFor(() -> services.statusViewModel().storedProperty().get() && !services.statusViewModel().busyProperty().get());
        fx(() -> services.statusViewModel().dismissMessages());
    }

    private void press(String id) {
        ((ButtonBase) stage.getScene().lookup(id)).fire();
    }

    private Node lookup(String id) {
        return stage.getScene().lookup(id);
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

    private static void fx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            CompletableFuture<Boolean> ok = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    ok.complete(condition.getAsBoolean());
                } catch (RuntimeException e) {
                    ok.complete(false);
                }
            });
            if (ok.get(30, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the screen never reached the state of " + scene);
    }
}
