package dev.tokendoctor.ui.inspector;

import dev.tokendoctor.ui.common.Binder;
import dev.tokendoctor.ui.common.Keys;
import dev.tokendoctor.ui.common.Lifecycle;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Inspector screen: the Stores tab (tree, entries, value, changes, browser fixes) and the Web app tab. */
public final class InspectorView {

    private final InspectorViewModel vm;
    private final TreeView<InspectorNode> tree = new TreeView<>();
    private final TableView<EntryRow> table = new TableView<>();
    private final TabPane root;
    private final Lifecycle life = new Lifecycle();
    private boolean rebuilding;

    public InspectorView(InspectorViewModel vm, ResourceBundle b, Path webProfile) {
        this.vm = vm;
        Label title = new Label(b.getString("inspector.title"));
        title.getStyleClass().add("screen-title");
        TextField filter = new TextField();
        filter.setId("inspector-filter");
        filter.setPromptText(b.getString("inspector.filter.prompt"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button refresh = button("inspector-refresh", b.getString("inspector.scan"), vm::refresh);
        refresh.disableProperty().bind(vm.scanningProperty());
        Button cancel = button("inspector-cancel", b.getString("inspector.cancel"), vm::cancelScan);
        cancel.visibleProperty().bind(vm.scanningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox toolbar = new HBox(8, filter, refresh, cancel, button("inspector-add-folder", b.getString("inspector.addFolder"), vm::chooseFolder),
                button("inspector-paste", b.getString("inspector.paste"), vm::pasteFromClipboard),
                button("inspector-open-file", b.getString("inspector.openFile"), vm::openJsonFile));
        toolbar.setAlignment(Pos.CENTER_LEFT);
        ProgressBar progress = new ProgressBar();
        progress.setId("inspector-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.scanningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label progressText = label("inspector-progress-text", vm.progressTextProperty(), "caption");
        HBox status = new HBox(8, progress, progressText);
        status.setAlignment(Pos.CENTER_LEFT);

        tree.setId("inspector-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new NodeCell());
        life.changes(vm.treeProperty(), (a, n) -> showTree(n));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!rebuilding) {
                vm.selectNode(item == null ? null : item.getValue().id());
            }
        });
        life.changes(vm.selectedNodeIdProperty(), (a, id) -> selectInTree(tree.getRoot(), id));
        showTree(vm.treeProperty().get());

        table.setId("inspector-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(b.getString("inspector.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column(b.getString("inspector.col.origin"), EntryRow::origin));
        table.getColumns().add(column(b.getString("inspector.col.key"), EntryRow::key));
        table.getColumns().add(column(b.getString("inspector.col.size"), EntryRow::size));
        table.getColumns().add(column(b.getString("inspector.col.modified"), EntryRow::modified));
        table.getColumns().add(column(b.getString("inspector.col.token"), EntryRow::token));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != vm.selectedRowProperty().get()) {
                vm.selectRow(row);
            }
        });
        life.changes(vm.selectedRowProperty(), (a, row) -> table.getSelectionModel().select(row));

        Label detail = label("inspector-detail", vm.detailProperty(), "caption");
        TextArea value = new TextArea();
        value.setMinHeight(110);
        value.setId("inspector-value");
        value.setEditable(false);
        value.setWrapText(true);
        value.setPrefRowCount(8);
        life.bindText(value, vm.valueProperty());
        Button reveal = button("inspector-reveal", b.getString("inspector.reveal"), () -> vm.revealedProperty().set(true));
        reveal.disableProperty().bind(vm.canReveal().not());
        Button delete = button("inspector-delete", b.getString("inspector.delete"), vm::deleteSelected);
        delete.disableProperty().bind(vm.canDelete().not());
        delete.getStyleClass().add("danger");
        Button clear = button("inspector-clear-coze", b.getString("inspector.clearCoze"), vm::clearCozeTokens);
        clear.disableProperty().bind(vm.canClearCoze().not());
        clear.getStyleClass().add("danger");
        Button undo = button("inspector-undo", b.getString("inspector.undo"), vm::undo);
        undo.disableProperty().bind(vm.canUndo().not());
        Button show = button("inspector-show-in-status", b.getString("inspector.showInStatus"), vm::showInStatus);
        show.disableProperty().bind(vm.canShowInStatus().not());
        FlowPane actions = new FlowPane(8, 6, reveal, show, delete, clear, undo);

        ScrollPane details = new ScrollPane(new VBox(8, table, detail, value, actions, readOnlyBox(b)));
        details.setFitToWidth(true);
        details.setFitToHeight(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(tree, details);
        split.setDividerPositions(0.3);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label info = banner("inspector-info", vm.infoProperty(), "banner-info");
        Label error = banner("inspector-error", vm.errorProperty(), "banner-error");
        VBox stores = new VBox(8, title, toolbar, status, info, error, split);
        stores.setPadding(new Insets(12));
        stores.setId("inspector-screen");

        Tab storesTab = new Tab(b.getString("inspector.tab.stores"), stores);
        Tab webTab = new Tab(b.getString("inspector.tab.webapp"), new WebAppView(vm.web(), b, webProfile, life).root());
        root = new TabPane(storesTab, webTab);
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setId("inspector-tabs");
        Keys.shortcut(root, "F5", Keys.mnemonic(refresh, 's'));
        life.attachTo(root);
    }

    private VBox readOnlyBox(ResourceBundle b) {
        Label note = label("inspector-note", vm.noteProperty(), "warning");
        VBox steps = new VBox(2);
        steps.setId("inspector-steps");
        life.list(vm.guidance(), () -> fill(steps));
        Label console = new Label(vm.consoleLine());
        console.setId("inspector-console-line");
        console.getStyleClass().add("console-line");
        Button copy = button("inspector-copy-console", b.getString("inspector.copyConsole"), vm::copyConsoleLine);
        Label consoleTitle = new Label(b.getString("inspector.console.title"));
        consoleTitle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox consoleRow = new HBox(8, consoleTitle, console, copy);
        consoleRow.setAlignment(Pos.CENTER_LEFT);
        consoleRow.visibleProperty().bind(vm.consoleProperty());
        consoleRow.managedProperty().bind(consoleRow.visibleProperty());
        note.setWrapText(true);
        console.setWrapText(true);
        HBox.setHgrow(console, javafx.scene.layout.Priority.ALWAYS);
        copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(6, note, steps, consoleRow);
        // The guidance is read in full: the table above gives up height, not these lines.
        box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setId("inspector-readonly");
        box.getStyleClass().add("action-card");
        Binder.shownWhenText(box, vm.noteProperty());
        return box;
    }

    private void fill(VBox steps) {
        steps.getChildren().setAll(vm.guidance().stream().map(text -> {
            Label step = new Label(text);
            step.setWrapText(true);
            step.getStyleClass().add("card-step");
            return step;
        }).toList());
    }

    private void showTree(InspectorNode model) {
        rebuilding = true;
        tree.setRoot(model == null ? null : item(model));
        selectInTree(tree.getRoot(), vm.selectedNodeIdProperty().get());
        rebuilding = false;
    }

    private static TreeItem<InspectorNode> item(InspectorNode node) {
        TreeItem<InspectorNode> item = new TreeItem<>(node);
        node.children().forEach(c -> item.getChildren().add(item(c)));
        item.setExpanded(node.kind() != InspectorNode.Kind.ORIGIN);
        return item;
    }

    private boolean selectInTree(TreeItem<InspectorNode> item, String id) {
        if (item == null || id == null) {
            return false;
        }
        if (item.getValue().id().equals(id)) {
            if (tree.getSelectionModel().getSelectedItem() != item) {
                tree.getSelectionModel().select(item);
            }
            return true;
        }
        return item.getChildren().stream().anyMatch(c -> selectInTree(c, id));
    }

    private static TableColumn<EntryRow, String> column(String title, Function<EntryRow, String> field) {
        TableColumn<EntryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(field.apply(c.getValue())));
        return column;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        return label;
    }

    private static Label banner(String id, javafx.beans.value.ObservableValue<String> text, String style) {
        Label label = label(id, text, "banner");
        label.getStyleClass().add(style);
        Binder.shownWhenText(label, text);
        return label;
    }

    /** A tree row: the node's label and count; problems styled as warnings. */
    private static final class NodeCell extends TreeCell<InspectorNode> {
        @Override
        protected void updateItem(InspectorNode node, boolean empty) {
            super.updateItem(node, empty);
            setText(empty || node == null ? null : node.text());
            getStyleClass().remove("warning");
            if (!empty && node != null && node.kind() == InspectorNode.Kind.ERROR) {
                getStyleClass().add("warning");
            }
        }
    }

    public Node root() {
        return root;
    }
}
