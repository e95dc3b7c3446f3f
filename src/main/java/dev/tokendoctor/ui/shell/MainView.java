package dev.tokendoctor.ui.shell;

import dev.tokendoctor.ui.common.Keys;
import dev.tokendoctor.ui.common.Lifecycle;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window's content: navigation on the left, the chosen screen in the middle. */
public final class MainView {

    private final BorderPane root = new BorderPane();
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);

    public MainView(MainViewModel vm, ResourceBundle b, Map<Page, Supplier<Node>> screens) {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav");
        Label brand = new Label(b.getString("app.title"));
        brand.getStyleClass().add("brand");
        nav.getChildren().add(brand);
        StackPane center = new StackPane();
        for (Page page : Page.values()) {
            ToggleButton entry = new ToggleButton(b.getString("nav." + page.name().toLowerCase(java.util.Locale.ROOT)));
            entry.setId("nav-" + page.name().toLowerCase(java.util.Locale.ROOT));
            entry.setToggleGroup(group);
            entry.setMaxWidth(Double.MAX_VALUE);
            entry.getStyleClass().add("nav-entry");
            entry.setUserData(page);
            nav.getChildren().add(entry);
        }
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
            } else {
                vm.pageProperty().set((Page) t.getUserData());
            }
        });
        Lifecycle life = new Lifecycle();
        life.now(vm.pageProperty(), p -> show(center, screens, p, group));
        // the screens made so far go with the shell
        life.add(() -> pages.values().forEach(Lifecycle::release));
        // Ctrl+1 … Ctrl+6 switch screens; other shortcuts belong to the screen shown
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (Page page : Page.values()) {
                if (KeyCombination.valueOf("Shortcut+" + (page.ordinal() + 1)).match(e)) {
                    e.consume();
                    vm.pageProperty().set(page);
                    return;
                }
            }
            Keys.dispatch(pages.get(vm.pageProperty().get()), e);
        });
        nav.setPadding(new Insets(12));
        root.setLeft(nav);
        root.setCenter(center);
        root.getStyleClass().add("main");
        life.attachTo(root);
    }

    private void show(StackPane center, Map<Page, Supplier<Node>> screens, Page page, ToggleGroup group) {
        Node node = pages.computeIfAbsent(page, p -> screens.get(p).get());
        center.getChildren().setAll(node);
        group.getToggles().stream().filter(t -> t.getUserData() == page).findFirst().ifPresent(t -> t.setSelected(true));
    }

    public Parent root() {
        return root;
    }
}
