package dev.tokendoctor.ui.settings;

import dev.tokendoctor.ui.common.Binder;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Settings screen; binds to {@link SettingsViewModel}. */
public final class SettingsView {

    private final VBox root;

    public SettingsView(SettingsViewModel vm, ResourceBundle b) {
        ComboBox<String> language = new ComboBox<>();
        language.setId("language");
        language.getItems().setAll(SettingsViewModel.LANGUAGES);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : b.getString("settings.language." + code);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        language.valueProperty().bindBidirectional(vm.languageProperty());

        Spinner<Integer> threshold = new Spinner<>();
        threshold.setId("threshold");
        threshold.setEditable(true);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 24 * 60, vm.expiringSoonMinutesProperty().get());
        threshold.setValueFactory(factory);
        factory.valueProperty().addListener((o, a, v) -> vm.expiringSoonMinutesProperty().set(v));

        CheckBox notify = new CheckBox(b.getString("settings.notifications"));
        notify.setId("notifications");
        notify.selectedProperty().bindBidirectional(vm.notificationsProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(b.getString("settings.language")), language);
        grid.addRow(1, new Label(b.getString("settings.threshold")), threshold);
        grid.addRow(2, new Label(""), notify);
        grid.addRow(3, new Label(b.getString("settings.dataDir")), selectable(vm.dataDir()));
        grid.addRow(4, new Label(b.getString("settings.file")), selectable(vm.settingsFile()));

        Label title = new Label(b.getString("settings.title"));
        title.getStyleClass().add("screen-title");
        Label error = new Label();
        error.getStyleClass().addAll("banner", "banner-error");
        error.textProperty().bind(vm.saveErrorProperty());
        Binder.shownWhenText(error, vm.saveErrorProperty());
        root = new VBox(16, title, error, grid);
        root.setPadding(new Insets(18));
        root.setId("settings-screen");
    }

    private static Node selectable(String text) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(text);
        field.setEditable(false);
        field.setPrefColumnCount(40);
        return field;
    }

    public Node root() {
        return root;
    }
}
