package dev.tokendoctor.ui.status;

import dev.tokendoctor.ui.common.Binder;
import dev.tokendoctor.ui.common.Feedback;
import dev.tokendoctor.ui.common.Keys;
import dev.tokendoctor.ui.common.Lifecycle;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Status screen: builds its nodes and binds them to {@link TokenStatusViewModel}; no decisions. */
public final class TokenStatusView {

    private final TokenStatusViewModel vm;
    private final ResourceBundle b;
    private final ScrollPane scroll = new ScrollPane();
    private final BorderPane root = new BorderPane();
    private final Lifecycle life = new Lifecycle();

    public TokenStatusView(TokenStatusViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        this.b = bundle;
        StatusCardView parts = new StatusCardView(vm, bundle, life);
        VBox content = new VBox(14, banners(), parts.verdict(new dev.tokendoctor.ui.common.BusyIndicator(vm.busyProperty(), 24)),
                parts.card(cardActions()), parts.details(reveal()), parts.lines("status.reasons", "reasons-box", StatusText::reasons, "reason"),
                parts.lines("status.warnings", "warnings-box", StatusText::warnings, "warning"), pasteBox());
        content.setPadding(new Insets(12, 18, 18, 18));
        content.getStyleClass().add("status-screen");
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        dev.tokendoctor.ui.common.UncachedViewport.apply(scroll);
        root.setTop(actions());
        root.setCenter(scroll);
        root.setId("status-screen");
        life.attachTo(root);
    }

    public Node root() {
        return root;
    }

    private Node banners() {
        return new VBox(6, storage(), feedback("status", Feedback.Place.TOOLBAR));
    }

    /** The answer to the last action, shown only at the place of that action (one at a time). */
    private Node feedback(String prefix, Feedback.Place place) {
        Label error = new Label();
        error.setId(prefix + "-error");
        error.getStyleClass().addAll("banner", "banner-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Label info = new Label();
        info.setId(prefix + "-info");
        info.getStyleClass().addAll("banner", "banner-info");
        info.setWrapText(true);
        info.textProperty().bind(vm.infoProperty());
        for (Label l : new Label[] {error, info}) {
            l.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.feedbackPlaceProperty().get() == place
                    && !l.getText().isBlank(), vm.feedbackPlaceProperty(), l.textProperty()));
            l.managedProperty().bind(l.visibleProperty());
            l.setOnMouseClicked(e -> vm.dismissMessages());
        }
        return new VBox(6, error, info);
    }

    /** Where the tokens live went wrong (unwritable folder, unreadable settings, tokens not saved): stays until resolved. */
    private Node storage() {
        Label notice = new Label();
        notice.setId("status-storage");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.storageNoticeProperty());
        Button saveAs = button("save-as", "storage.saveAs", vm::saveAs);
        saveAs.visibleProperty().bind(vm.unsavedProperty());
        saveAs.managedProperty().bind(saveAs.visibleProperty());
        notice.getStyleClass().addAll("banner", "banner-error");
        VBox box = new VBox(6, notice, saveAs);
        Binder.shownWhenText(box, vm.storageNoticeProperty());
        return box;
    }

    /** The card's buttons: one primary action, the one that fits; the wizard stays as the second way. */
    private Node cardActions() {
        Button primary = button("card-primary", "action.fixWizard", vm::doCardAction);
        primary.getStyleClass().add("primary");
        primary.textProperty().bind(Bindings.createStringBinding(
                () -> b.getString("card.action." + vm.cardActionProperty().get()), vm.cardActionProperty()));
        Button wizard = button("fix-wizard", "action.fixWizard", vm::fixStepByStep);
        wizard.visibleProperty().bind(vm.cardActionProperty().isNotEqualTo(CardAction.FIX_WIZARD));
        wizard.managedProperty().bind(wizard.visibleProperty());
        return new HBox(8, primary, wizard);
    }

    /** Beside the access token's fingerprint: the explicit choice to see it whole. */
    private Node[] reveal() {
        ToggleButton reveal = new ToggleButton(b.getString("status.reveal"));
        reveal.setId("reveal");
        reveal.setTooltip(new Tooltip(b.getString("status.reveal.tip")));
        reveal.selectedProperty().bindBidirectional(vm.revealedProperty());
        reveal.disableProperty().bind(vm.canReveal().not());
        TextField full = new TextField();
        full.setId("revealed-access");
        full.setEditable(false);
        life.bindText(full, vm.revealedAccessProperty());
        full.visibleProperty().bind(vm.revealedProperty());
        full.managedProperty().bind(full.visibleProperty());
        HBox.setHgrow(full, Priority.ALWAYS);
        return new Node[] {reveal, full};
    }

    private Node pasteBox() {
        TextArea area = new TextArea();
        area.setId("paste-area");
        area.setPromptText(b.getString("paste.prompt"));
        area.setPrefRowCount(4);
        area.setWrapText(true);
        area.setTextFormatter(new TextFormatter<String>(change -> {
            int length = change.getControlNewText().length();
            if (length > vm.maxPasteChars()) {
                vm.refuseOversizedPaste(length);
                return null;
            }
            return change;
        }));
        area.textProperty().bindBidirectional(vm.pasteTextProperty());
        Keys.tabMovesFocus(area);
        Button check = Keys.mnemonic(button("check-paste", "paste.check", vm::checkPastedText), 'k');
        check.disableProperty().bind(vm.canCheckPaste().not());
        check.setDefaultButton(false);
        Button clipboard = button("paste-clipboard", "paste.fromClipboard", vm::pasteFromClipboard);
        Button open = button("open-file", "action.openFile", vm::openFile);
        clipboard.disableProperty().bind(vm.busyProperty());
        open.disableProperty().bind(vm.busyProperty());
        VBox box = new VBox(8, area, new HBox(8, check, clipboard, open), feedback("paste", Feedback.Place.INPUT));
        TitledPane pane = new TitledPane(b.getString("paste.title"), box);
        pane.setId("paste-pane");
        pane.setExpanded(true);
        return pane;
    }

    private Node actions() {
        Button copy = Keys.mnemonic(button("copy-status", "action.copyStatus", vm::copyStatus), 'c');
        Keys.shortcut(root, "Shortcut+Shift+C", copy);
        Button clear = button("clear-tokens", "action.clear", vm::clearTokens);
        clear.disableProperty().bind(vm.canClear().not());
        clear.getStyleClass().add("danger");
        Button undo = button("undo", "action.undo", vm::undo);
        undo.disableProperty().bind(vm.canUndo().not());
        undo.textProperty().bind(vm.undoLabelProperty());
        Button refresh = Keys.mnemonic(button("refresh-now", "action.refreshNow", vm::refreshNow), 'r');
        Keys.shortcut(root, "Shortcut+R", refresh);
        refresh.disableProperty().bind(vm.canRefresh().not());
        Button reauthorize = button("reauthorize", "action.reauthorize", vm::reauthorize);
        // wraps onto a second row in a narrow window (800×600) instead of cutting every label to "…"
        FlowPane bar = new FlowPane(8, 6, refresh, reauthorize, copy, clear, undo);
        bar.setPadding(new Insets(10, 18, 10, 18));
        bar.getStyleClass().add("action-bar");
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(b.getString(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
