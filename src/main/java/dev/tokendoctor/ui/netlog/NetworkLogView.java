package dev.tokendoctor.ui.netlog;

import dev.tokendoctor.ui.common.Binder;
import dev.tokendoctor.ui.common.Lifecycle;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Network log screen; binds to {@link NetworkLogViewModel}. */
public final class NetworkLogView {

    private final VBox root;

    public NetworkLogView(NetworkLogViewModel vm, ResourceBundle b) {
        Lifecycle life = new Lifecycle();
        TextField filter = new TextField();
        filter.setId("netlog-filter");
        filter.setPromptText(b.getString("netlog.filter"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button copy = new Button(b.getString("netlog.copy"));
        copy.setId("netlog-copy");
        copy.disableProperty().bind(vm.canCopy().not());
        copy.setOnAction(e -> vm.copySelected());
        Button copyAll = new Button(b.getString("netlog.copyAll"));
        copyAll.setOnAction(e -> vm.copyAll());
        copyAll.disableProperty().bind(vm.empty());
        Button clear = new Button(b.getString("netlog.clear"));
        clear.setOnAction(e -> vm.clear());
        clear.disableProperty().bind(vm.empty());
        clear.setVisible(!vm.readOnly()); // someone else's log (a bundle's) is shown, never cleared
        clear.setManaged(!vm.readOnly());

        TableView<ExchangeRow> table = new TableView<>(vm.exchanges());
        table.setId("netlog-table");
        table.setPlaceholder(new Label(b.getString("netlog.empty")));
        table.getColumns().add(column(b.getString("netlog.time"), 110, ExchangeRow::time));
        table.getColumns().add(column(b.getString("netlog.method"), 70, ExchangeRow::method));
        table.getColumns().add(column(b.getString("netlog.status"), 80, ExchangeRow::status));
        table.getColumns().add(column(b.getString("netlog.duration"), 80, ExchangeRow::duration));
        TableColumn<ExchangeRow, String> url = column("URL", 420, ExchangeRow::url);
        table.getColumns().add(url);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        life.add(vm.selectedProperty()::unbind);

        TextArea details = new TextArea();
        details.setId("netlog-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.getStyleClass().add("mono");
        life.bindText(details, vm.detailsProperty());

        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label title = new Label(b.getString("netlog.title"));
        title.getStyleClass().add("screen-title");
        Label hint = new Label(b.getString("netlog.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // whole in a short window, not cut to "…"
        hint.getStyleClass().add("caption");
        Label info = new Label();
        info.getStyleClass().addAll("banner", "banner-info");
        info.textProperty().bind(vm.infoProperty());
        Binder.shownWhenText(info, vm.infoProperty());
        root = new VBox(10, title, hint, new HBox(8, filter, copy, copyAll, clear), info, split);
        root.setPadding(new Insets(18));
        root.setId("netlog-screen");
        life.attachTo(root);
    }

    private static TableColumn<ExchangeRow, String> column(String title, double width, java.util.function.Function<ExchangeRow, String> value) {
        TableColumn<ExchangeRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    public Node root() {
        return root;
    }
}
