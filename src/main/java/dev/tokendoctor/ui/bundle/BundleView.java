package dev.tokendoctor.ui.bundle;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * A support bundle, read-only, in the app's own forms: the verdict badge and details of the status
 * screen, the diagnosis with its evidence, the configuration and network findings, the network log,
 * the pasted errors and the steps — under a banner saying whose machine and when.
 */
public final class BundleView {

    private final BundleViewModel vm;
    private final ResourceBundle b;
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);
    private final Subscription subscription;

    public BundleView(BundleViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        this.b = bundle;
        content.setPadding(new Insets(20));
        content.getStyleClass().add("bundle-screen");
        root.setFitToWidth(true);
        root.setId("bundle-view");
        subscription = vm.pageProperty().subscribe(this::show);
    }

    /** Stops following the view model (the window closed). */
    public void close() {
        subscription.unsubscribe();
    }

    public Parent root() {
        return root;
    }

    private void show(BundlePage page) {
        content.getChildren().clear();
        if (page == null) {
            return;
        }
        Label banner = new Label(page.banner());
        banner.setId("bundle-banner");
        banner.setWrapText(true);
        banner.getStyleClass().addAll("banner", "banner-foreign");
        content.getChildren().add(banner);
        if (!page.note().isEmpty()) {
            Label note = new Label(page.note());
            note.setWrapText(true);
            note.getStyleClass().add("warning");
            content.getChildren().add(note);
        }
        content.getChildren().addAll(verdict(page), details(page.status()));
        section("bundle.view.diagnosis", findings(page.findings()));
        section("bundle.view.config", lines(page.config()));
        section("bundle.view.network", lines(page.network()));
        section("bundle.view.netlog", exchanges(page.exchanges()));
        section("bundle.view.pasted", text(page.pastedErrors(), "bundle-pasted"));
        section("bundle.view.steps", text(page.steps(), "bundle-steps"));
        section("bundle.view.system", details(page.system()));
    }

    private Node verdict(BundlePage page) {
        Label state = new Label(page.stateName());
        state.setId("bundle-state");
        state.getStyleClass().add("badge-text");
        HBox badge = new HBox(10, state);
        badge.setAlignment(Pos.CENTER_LEFT);
        badge.getStyleClass().add("badge");
        if (!page.state().isEmpty()) {
            badge.getStyleClass().add("state-" + page.state().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        HBox top = new HBox(badge);
        VBox box = new VBox(8, top);
        page.reasons().forEach(r -> box.getChildren().add(wrapped(r, "reason")));
        return box;
    }

    private Node details(List<BundlePage.Detail> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getStyleClass().add("details");
        for (int i = 0; i < rows.size(); i++) {
            Label name = new Label(rows.get(i).name());
            name.getStyleClass().add("detail-name");
            Label value = wrapped(rows.get(i).value(), "detail-value");
            grid.addRow(i, name, value);
        }
        return grid;
    }

    private Node findings(List<BundlePage.FindingText> findings) {
        VBox box = new VBox(10);
        box.setId("bundle-findings");
        for (BundlePage.FindingText f : findings) {
            VBox card = new VBox(6, wrapped(f.title(), "card-title"), wrapped(f.explanation(), "card-step"),
                    wrapped(b.getString("bundle.view.evidence") + " " + f.evidence(), "mono"));
            if (!f.logId().isEmpty()) {
                card.getChildren().add(wrapped("logid: " + f.logId(), "mono"));
            }
            int n = 1;
            for (String remedy : f.remedies()) {
                card.getChildren().add(wrapped(n++ + ". " + remedy, "card-step"));
            }
            card.getStyleClass().add("action-card");
            box.getChildren().add(card);
        }
        return box;
    }

    private Node exchanges(List<BundlePage.ExchangeText> exchanges) {
        VBox box = new VBox(4);
        box.setId("bundle-netlog");
        for (BundlePage.ExchangeText e : exchanges) {
            TextArea detail = area(e.detail());
            TitledPane pane = new TitledPane(e.summary(), detail);
            pane.setFocusTraversable(false);
            pane.setExpanded(false);
            pane.getStyleClass().add("mono");
            box.getChildren().add(pane);
        }
        return box;
    }

    private Node lines(List<String> lines) {
        VBox box = new VBox(4);
        lines.forEach(l -> box.getChildren().add(wrapped(l, "mono")));
        return box;
    }

    private Node text(String text, String id) {
        TextArea area = area(text);
        area.setId(id);
        return area;
    }

    private void section(String key, Node body) {
        boolean empty = body instanceof VBox box && box.getChildren().isEmpty()
                || body instanceof GridPane grid && grid.getChildren().isEmpty()
                || body instanceof TextArea area && area.getText().isBlank();
        Label title = new Label(b.getString(key));
        title.getStyleClass().add("section-title");
        content.getChildren().addAll(title, empty ? wrapped(b.getString("bundle.view.none"), "caption") : body);
    }

    private static TextArea area(String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setFocusTraversable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(12, Math.max(2, (int) text.lines().count() + 1)));
        area.getStyleClass().add("mono");
        return area;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
