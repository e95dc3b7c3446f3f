package dev.tokendoctor.ui.settings;

import dev.tokendoctor.ui.common.Binder;
import dev.tokendoctor.ui.common.Feedback;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Settings screen; binds to {@link SettingsViewModel}. */
public final class SettingsView {

    private final ScrollPane root;

    public SettingsView(SettingsViewModel vm, ResourceBundle b) {
        Label title = new Label(b.getString("settings.title"));
        title.getStyleClass().add("screen-title");
        Label error = banner(vm.errorProperty(), "banner-error");
        error.setId("settings-error");
        VBox content = new VBox(14, title, error, general(vm, b), connection(vm, b), secrets(vm, b));
        content.setPadding(new Insets(18));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("settings-screen");
    }

    private Node general(SettingsViewModel vm, ResourceBundle b) {
        ComboBox<String> language = choice("language", SettingsViewModel.LANGUAGES, vm.languageProperty(), b, "settings.language.");
        Spinner<Integer> threshold = spinner("threshold", 0, 24 * 60, vm.expiringSoonMinutesProperty().get());
        threshold.getValueFactory().valueProperty().addListener((o, a, v) -> vm.expiringSoonMinutesProperty().set(v));
        CheckBox notify = new CheckBox(b.getString("settings.notifications"));
        notify.setId("notifications");
        notify.selectedProperty().bindBidirectional(vm.notificationsProperty());
        return section(b.getString("settings.general"), form(
                field(b.getString("settings.language"), language),
                field(b.getString("settings.threshold"), threshold),
                notify,
                field(b.getString("settings.dataDir"), readOnly(vm.dataDir())),
                field(b.getString("settings.file"), readOnly(vm.settingsFile()))));
    }

    private Node connection(SettingsViewModel vm, ResourceBundle b) {
        ComboBox<String> provider = choice("provider", SettingsViewModel.PROVIDERS, vm.providerProperty(), b, "connection.provider.");
        ComboBox<String> flow = choice("flow", SettingsViewModel.FLOWS, vm.flowProperty(), b, "connection.flow.");
        TextField baseUrl = field("base-url", vm.customBaseUrlProperty(), "https://api.example.com");
        TextField clientId = field("client-id", vm.clientIdProperty(), "12345678901234567890123456789012.app.coze");
        TextField redirect = field("redirect-uri", vm.redirectUriProperty(), SettingsViewModel.DEFAULT_REDIRECT_URI);
        TextField appId = field("jwt-app-id", vm.jwtAppIdProperty(), "1234567890");
        TextField keyId = field("jwt-key-id", vm.jwtKeyIdProperty(), "");
        TextField workspace = field("workspace-id", vm.workspaceIdProperty(), b.getString("settings.optional"));
        TextField account = field("account-id", vm.accountIdProperty(), b.getString("settings.optional"));
        Spinner<Integer> margin = spinner("refresh-margin", 0, 3600, vm.refreshMarginSecondsProperty().get());
        margin.getValueFactory().valueProperty().addListener((o, a, v) -> vm.refreshMarginSecondsProperty().set(v));
        CheckBox auto = new CheckBox(b.getString("settings.autoRefresh"));
        auto.setId("auto-refresh");
        auto.selectedProperty().bindBidirectional(vm.autoRefreshProperty());
        Button apply = new Button(b.getString("settings.apply"));
        apply.setId("apply-connection");
        dev.tokendoctor.ui.common.Keys.mnemonic(apply, 'a');
        apply.setOnAction(e -> vm.applyConnection());
        Label sandboxNote = new Label(b.getString("settings.sandboxNote"));
        sandboxNote.setWrapText(true);
        sandboxNote.getStyleClass().add("caption");
        sandboxNote.visibleProperty().bind(vm.providerProperty().isEqualTo("SANDBOX"));
        sandboxNote.managedProperty().bind(sandboxNote.visibleProperty());
        baseUrl.disableProperty().bind(vm.providerProperty().isNotEqualTo("CUSTOM"));
        var own = vm.providerProperty().isNotEqualTo("SANDBOX");
        clientId.disableProperty().bind(own.not());
        redirect.disableProperty().bind(own.not());
        appId.disableProperty().bind(own.not().or(vm.flowProperty().isNotEqualTo("JWT")));
        keyId.disableProperty().bind(appId.disableProperty());
        account.disableProperty().bind(appId.disableProperty());
        workspace.disableProperty().bind(own.not().or(vm.flowProperty().isNotEqualTo("DEVICE")));
        return section(b.getString("settings.connection"), form(
                field(b.getString("settings.provider"), provider), sandboxNote,
                field(b.getString("settings.baseUrl"), baseUrl),
                field(b.getString("settings.flow"), flow),
                field(b.getString("settings.clientId"), clientId),
                field(b.getString("settings.redirectUri"), redirect),
                field(b.getString("settings.jwtAppId"), appId),
                field(b.getString("settings.jwtKeyId"), keyId),
                field(b.getString("settings.accountId"), account),
                field(b.getString("settings.workspaceId"), workspace),
                field(b.getString("settings.refreshMargin"), margin),
                auto,
                action(apply, feedback("connection-feedback", vm.connectionFeedback()))));
    }

    private Node secrets(SettingsViewModel vm, ResourceBundle b) {
        PasswordField secret = new PasswordField();
        secret.setId("client-secret");
        secret.setPromptText(b.getString("settings.secretPrompt"));
        secret.textProperty().bindBidirectional(vm.newClientSecretProperty());
        Label secretNow = new Label();
        secretNow.setId("secret-stored");
        secretNow.textProperty().bind(stored(b, vm.secretFingerprintProperty()));
        TextArea key = new TextArea();
        key.setId("private-key");
        key.setPromptText("-----BEGIN PRIVATE KEY-----");
        key.setPrefRowCount(3);
        key.textProperty().bindBidirectional(vm.newPrivateKeyProperty());
        Label keyNow = new Label();
        keyNow.setId("key-stored");
        keyNow.textProperty().bind(stored(b, vm.keyFingerprintProperty()));
        Button save = new Button(b.getString("settings.saveSecrets"));
        save.setId("save-secrets");
        save.setOnAction(e -> vm.saveSecrets());
        Label hint = new Label(b.getString("settings.secretsHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("caption");
        Label place = new Label();
        place.setId("secrets-place");
        place.setWrapText(true);
        place.getStyleClass().add("caption");
        place.textProperty().bind(vm.secretsPlaceProperty());
        return section(b.getString("settings.secrets"), form(new VBox(4, hint, place),
                field(b.getString("settings.clientSecret"), new VBox(4, secret, secretNow)),
                field(b.getString("settings.privateKey"), new VBox(4, key, keyNow)),
                action(save, feedback("secrets-feedback", vm.secretsFeedback()))));
    }

    private static ComboBox<String> choice(String id, List<String> items, ObjectProperty<String> value, ResourceBundle b, String prefix) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : b.getString(prefix + code);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int initial) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial));
        return spinner;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(36);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Node readOnly(String text) {
        TextField field = new TextField(text);
        field.setEditable(false);
        field.setPrefColumnCount(36);
        return field;
    }

    private static Label banner(javafx.beans.value.ObservableValue<String> text, String style) {
        Label label = new Label();
        label.setWrapText(true);
        label.getStyleClass().addAll("banner", style);
        label.textProperty().bind(text);
        Binder.shownWhenText(label, text);
        return label;
    }

    /** A field with its label above it: the label wraps instead of being cut at any window width. */
    private static Node field(String label, Node control) {
        Label name = new Label(label);
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        name.setLabelFor(control);
        name.getStyleClass().add("field-label");
        if (control instanceof Region r) {
            r.setMaxWidth(560);
        }
        return new VBox(4, name, control);
    }

    private static VBox form(Node... rows) {
        VBox form = new VBox(12, rows);
        form.getStyleClass().add("settings-form");
        return form;
    }

    /** The button and, right beside it, what became of pressing it. */
    private static Node action(Button button, Label feedback) {
        button.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, button, feedback);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(feedback, Priority.ALWAYS);
        return row;
    }

    private static Label feedback(String id, Feedback feedback) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(Bindings.createStringBinding(feedback::text, feedback.errorProperty(), feedback.infoProperty()));
        feedback.errorProperty().subscribe(e -> label.getStyleClass().setAll("label", "banner", e.isEmpty() ? "banner-info" : "banner-error"));
        label.setOnMouseClicked(e -> feedback.clear());
        Binder.shownWhenText(label, label.textProperty());
        return label;
    }

    /** "Stored: <fingerprint>", or "Stored: nothing yet" rather than a label that trails off. */
    private static javafx.beans.binding.StringBinding stored(ResourceBundle b, ObservableValue<String> fingerprint) {
        return Bindings.createStringBinding(() -> b.getString("settings.stored") + " "
                + (fingerprint.getValue() == null || fingerprint.getValue().isBlank() ? b.getString("settings.storedNothing") : fingerprint.getValue()),
                fingerprint);
    }

    private static Node section(String title, Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(false);
        return pane;
    }

    public Node root() {
        return root;
    }
}
