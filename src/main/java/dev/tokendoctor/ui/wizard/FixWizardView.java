package dev.tokendoctor.ui.wizard;

import dev.tokendoctor.ui.common.Binder;
import dev.tokendoctor.ui.common.BundleText;
import dev.tokendoctor.ui.common.Keys;
import dev.tokendoctor.ui.common.Lifecycle;
import dev.tokendoctor.ui.common.TokenChoice;
import dev.tokendoctor.ui.wizard.FixWizardViewModel.FixOption;
import dev.tokendoctor.ui.wizard.FixWizardViewModel.Step;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The fix wizard: a step pane with Back and Next; builds nodes and binds them to {@link FixWizardViewModel}. */
public final class FixWizardView {

    private final FixWizardViewModel vm;
    private final ResourceBundle b;
    private final BorderPane root = new BorderPane();
    private final Lifecycle life = new Lifecycle();

    public FixWizardView(FixWizardViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        this.b = bundle;
        StackPane steps = new StackPane(page(Step.DETECT, detect()), page(Step.DIAGNOSE, diagnose()), page(Step.FIX, fix()),
                page(Step.VERIFY, verify()), page(Step.DONE, done()));
        steps.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(steps);
        scroll.setFitToWidth(true);
        root.setTop(new VBox(8, header(), banners()));
        root.setCenter(scroll);
        root.setBottom(footer());
        root.setPadding(new Insets(12, 18, 12, 18));
        root.setId("wizard-screen");
        life.attachTo(root);
    }

    public Node root() {
        return root;
    }

    private Node header() {
        HBox crumbs = new HBox(6);
        crumbs.setAlignment(Pos.CENTER_LEFT);
        for (Step s : Step.values()) {
            Label crumb = new Label(b.getString("wizard.step." + s));
            crumb.setId("wizard-crumb-" + s.name().toLowerCase(Locale.ROOT));
            crumb.getStyleClass().add("wizard-crumb");
            crumb.styleProperty().bind(Bindings.when(vm.stepProperty().isEqualTo(s))
                    .then("-fx-font-weight: bold; -fx-underline: true;").otherwise("-fx-opacity: 0.6;"));
            crumbs.getChildren().add(crumb);
        }
        Label title = new Label(b.getString("wizard.title"));
        title.getStyleClass().add("screen-title");
        Label status = label("wizard-status-now", "caption");
        status.textProperty().bind(Bindings.concat(b.getString("wizard.statusNow"), " ", vm.statusNowProperty()));
        return new VBox(4, title, crumbs, status);
    }

    private Node banners() {
        Label error = label("wizard-error", "banner", "banner-error");
        error.textProperty().bind(vm.errorProperty());
        Binder.shownWhenText(error, vm.errorProperty());
        Label info = label("wizard-info", "banner", "banner-info");
        info.textProperty().bind(vm.infoProperty());
        Binder.shownWhenText(info, vm.infoProperty());
        return new VBox(6, error, info);
    }

    private Node detect() {
        Label token = label("wizard-detected", "detail-value");
        token.textProperty().bind(vm.detectedProperty());
        TextArea paste = area("wizard-paste", b.getString("wizard.detect.pastePrompt"));
        paste.textProperty().bindBidirectional(vm.pastedErrorProperty());
        Button env = button("wizard-env", "wizard.detect.env", vm.fixes()::chooseEnvFile);
        Label envText = label("wizard-env-text", "caption");
        envText.textProperty().bind(vm.fixes().envTextProperty());
        ListView<TokenChoice> found = new ListView<>(vm.picker().choices());
        found.setId("wizard-found");
        found.setPrefHeight(110);
        vm.picker().selectedProperty().bind(found.getSelectionModel().selectedItemProperty());
        life.add(vm.picker().selectedProperty()::unbind);
        Button use = button("wizard-use-found", "wizard.detect.use", vm.picker()::useSelected);
        use.disableProperty().bind(vm.picker().canUse().not());
        VBox others = new VBox(6, section("wizard.detect.found"), found, use);
        others.visibleProperty().bind(vm.picker().empty().not());
        others.managedProperty().bind(others.visibleProperty());
        return new VBox(10, section("wizard.detect.intro"), token, others, section("wizard.detect.paste"), paste, env, envText);
    }

    private Node diagnose() {
        VBox list = new VBox(10);
        list.setId("wizard-findings");
        lines(list, vm.findings(), "finding");
        return new VBox(10, section("wizard.diagnose.intro"), list);
    }

    private Node fix() {
        Label primary = label("wizard-primary", "card-title");
        primary.textProperty().bind(vm.primaryProperty());
        VBox options = new VBox(8);
        options.setId("wizard-options");
        Runnable showOptions = () -> options.getChildren().setAll(vm.options().stream().map(this::option).toList());
        life.list(vm.options(), showOptions);
        Button undo = button("wizard-undo", "wizard.undo", vm.fixes()::undoClear);
        undo.disableProperty().bind(Bindings.createBooleanBinding(() -> !Boolean.TRUE.equals(vm.fixes().canUndo().getValue()),
                vm.fixes().canUndo()));
        VBox config = new VBox(4);
        config.setId("wizard-config-lines");
        lines(config, vm.fixes().configLines(), "code-line");
        Button run = button("wizard-network-run", "wizard.do.CHECK_NETWORK", vm.fixes()::runNetworkCheck);
        run.disableProperty().bind(vm.network().runningProperty());
        Button cancel = button("wizard-network-cancel", "wizard.network.cancel", vm.fixes()::cancelNetworkCheck);
        cancel.disableProperty().bind(vm.network().runningProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.network().progressProperty());
        progress.visibleProperty().bind(vm.network().runningProperty());
        VBox net = new VBox(4);
        net.setId("wizard-network-lines");
        lines(net, vm.network().lines(), "caption");
        Label clock = label("wizard-clock", "caption");
        clock.textProperty().bind(vm.fixes().clockTextProperty());
        Binder.shownWhenText(clock, vm.fixes().clockTextProperty());
        Node configTitle = section("wizard.fix.config");
        configTitle.visibleProperty().bind(Bindings.isNotEmpty(vm.fixes().configLines()));
        configTitle.managedProperty().bind(configTitle.visibleProperty());
        return new VBox(10, section("wizard.fix.intro"), primary, options, new HBox(8, undo), configTitle, config,
                section("wizard.fix.network"), new HBox(8, run, cancel, progress), net, clock);
    }

    private Node option(FixOption option) {
        Label text = new Label(option.instruction());
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(10, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("wizard-option");
        if (option.doable()) {
            Button go = button("wizard-do-" + option.action(), "wizard.do." + option.action(), () -> vm.fixes().apply(option.action()));
            go.disableProperty().bind(vm.busyProperty());
            go.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(go);
        }
        return row;
    }

    private Node verify() {
        Button again = button("wizard-verify", "wizard.verify.run", vm::verify);
        again.disableProperty().bind(vm.busyProperty());
        return new VBox(10, section("wizard.verify.intro"), again);
    }

    private Node done() {
        VBox summary = new VBox(4);
        summary.setId("wizard-summary");
        lines(summary, vm.summary(), "detail-value");
        TextArea steps = area("wizard-reproduction", b.getString("wizard.done.reproductionPrompt"));
        steps.textProperty().bindBidirectional(vm.reproductionProperty());
        Button preview = button("wizard-bundle-preview", "wizard.bundle.preview", vm.fixes()::prepareBundle);
        Button save = button("wizard-bundle-save", "wizard.bundle.save", vm.fixes()::saveBundle);
        save.disableProperty().bind(Bindings.isEmpty(vm.bundle().previewProperty()));
        TextArea text = area("wizard-bundle-text", "");
        text.setEditable(false);
        text.setPrefRowCount(14);
        life.bindText(text, vm.bundle().previewProperty());
        Binder.shownWhenText(text, vm.bundle().previewProperty());
        Button restart = button("wizard-restart", "wizard.restart", vm::start);
        Button writeBack = button("wizard-write-back", "wizard.done.writeBack", vm.writeBack()::writeTokens);
        Label writeTo = label("wizard-write-origin", "caption");
        writeTo.textProperty().bind(vm.writeBack().originProperty());
        HBox pageBox = new HBox(8, writeBack, writeTo);
        pageBox.setAlignment(Pos.CENTER_LEFT);
        pageBox.visibleProperty().bind(vm.writeBack().available());
        pageBox.managedProperty().bind(pageBox.visibleProperty());
        return new VBox(10, section("wizard.done.intro"), summary, pageBox, section("wizard.done.reproduction"), steps,
                new HBox(8, preview, save, restart), text);
    }

    private Node footer() {
        Button back = Keys.mnemonic(button("wizard-back", "wizard.back", vm::back), 'b');
        Keys.shortcut(root, "Alt+Left", back);
        back.disableProperty().bind(vm.canBack().not());
        Button next = Keys.mnemonic(button("wizard-next", "wizard.next", vm::next), 'n');
        Keys.shortcut(root, "Alt+Right", next);
        next.disableProperty().bind(vm.canNext().not());
        next.getStyleClass().add("primary");
        Node busy = new dev.tokendoctor.ui.common.BusyIndicator(vm.busyProperty(), 22);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, busy, spacer, back, next);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(10, 0, 0, 0));
        return bar;
    }

    private Node page(Step step, Node content) {
        VBox page = new VBox(content);
        page.setId("wizard-page-" + step.name().toLowerCase(Locale.ROOT));
        page.visibleProperty().bind(vm.stepProperty().isEqualTo(step));
        page.managedProperty().bind(page.visibleProperty());
        return page;
    }

    private Label section(String key) {
        Label l = new Label(b.getString(key));
        l.setWrapText(true);
        l.getStyleClass().add("section-title");
        return l;
    }

    private void lines(VBox box, ObservableList<String> source, String style) {
        Runnable refresh = () -> box.getChildren().setAll(source.stream().map(s -> {
            Label l = new Label(s);
            l.setWrapText(true);
            l.getStyleClass().add(style);
            return l;
        }).toList());
        life.list(source, refresh);
    }

    private static Label label(String id, String... styles) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().addAll(styles);
        return l;
    }

    private static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setPrefRowCount(4);
        area.setWrapText(true);
        return area;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(BundleText.of(b, key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
