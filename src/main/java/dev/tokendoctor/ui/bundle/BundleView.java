package dev.tokendoctor.ui.bundle;

import dev.tokendoctor.ui.common.Lifecycle;
import dev.tokendoctor.ui.netlog.NetworkLogView;
import dev.tokendoctor.ui.netlog.NetworkLogViewModel;
import dev.tokendoctor.ui.status.StatusCardView;
import dev.tokendoctor.ui.status.StatusText;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A support bundle, read-only, in the app's own screens: the Status screen's card
 * ({@link StatusCardView}), the wizard's diagnosis words, the network and clock lines, the Network
 * log screen itself ({@link NetworkLogView}), the pasted errors and the steps — under a banner that
 * stays whatever page is shown: someone else's machine, and when.
 */
public final class BundleView {

    /** The viewer's pages, in the shell's order. */
    enum Section { STATUS, DIAGNOSIS, NETLOG, INPUT, SYSTEM }

    private final BundleViewModel vm;
    private final ResourceBundle b;
    private final Lifecycle life = new Lifecycle();
    private final BorderPane root = new BorderPane();
    private final Label banner = new Label();
    private final Label note = new Label();
    private final StackPane center = new StackPane();
    private final ToggleGroup nav = new ToggleGroup();
    private final Node status;
    private Node netLog;

    public BundleView(BundleViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        this.b = bundle;
        StatusCardView card = new StatusCardView(vm.status(), bundle, life);
        status = scroll(box("bundle-status", card.verdict(null), card.card(null), card.details(),
                card.lines("status.reasons", "reasons-box", StatusText::reasons, "reason"),
                card.lines("status.warnings", "warnings-box", StatusText::warnings, "warning")));
        ((ScrollPane) status).getContent().getStyleClass().add("status-screen");
        banner.setId("bundle-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.getStyleClass().addAll("banner", "banner-foreign");
        note.setWrapText(true);
        note.getStyleClass().add("warning");
        VBox top = new VBox(6, banner, note);
        top.setPadding(new Insets(10, 12, 10, 12));
        root.setTop(top);
        root.setLeft(navigation());
        root.setCenter(center);
        root.getStyleClass().add("main");
        root.setId("bundle-view");
        life.now(vm.pageProperty(), page -> show());
        life.now(vm.netLogProperty(), this::netLog);
        life.now(nav.selectedToggleProperty(), t -> show());
        life.attachTo(root);
    }

    /** Stops following the view model (the window closed). */
    public void close() {
        Lifecycle.release(netLog);
        Lifecycle.release(root);
    }

    public Parent root() {
        return root;
    }

    private Node navigation() {
        VBox entries = new VBox(4);
        entries.getStyleClass().add("nav");
        entries.setPadding(new Insets(12));
        String[] keys = {"nav.status", "bundle.view.diagnosis", "nav.netlog", "bundle.nav.input", "bundle.view.system"};
        for (Section s : Section.values()) {
            ToggleButton entry = new ToggleButton(b.getString(keys[s.ordinal()]));
            entry.setId("bundle-nav-" + s.name().toLowerCase(Locale.ROOT));
            entry.setToggleGroup(nav);
            entry.setUserData(s);
            entry.setMaxWidth(Double.MAX_VALUE);
            entry.getStyleClass().add("nav-entry");
            entries.getChildren().add(entry);
        }
        nav.getToggles().get(0).setSelected(true);
        nav.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one page is always shown
            }
        });
        return entries;
    }

    private void netLog(NetworkLogViewModel model) {
        Lifecycle.release(netLog);
        netLog = model == null ? null : new NetworkLogView(model, b).root();
        show();
    }

    /** The chosen page for the bundle now open (each page but the card is built from the bundle's words). */
    private void show() {
        BundlePage page = vm.page();
        banner.setText(page == null ? "" : page.banner());
        note.setText(page == null ? "" : page.note());
        note.setVisible(!note.getText().isEmpty());
        note.setManaged(note.isVisible());
        Section section = nav.getSelectedToggle() == null ? Section.STATUS : (Section) nav.getSelectedToggle().getUserData();
        Supplier<Node> shown = switch (section) {
            case STATUS -> () -> status;
            case DIAGNOSIS -> () -> page == null ? null : diagnosis(page);
            case NETLOG -> () -> netLog;
            case INPUT -> () -> page == null ? null : scroll(box("bundle-input", heading("bundle.nav.input"), title("bundle.view.pasted"),
                    text(page.pastedErrors(), "bundle-pasted"), title("bundle.view.steps"), text(page.steps(), "bundle-steps")));
            case SYSTEM -> () -> page == null ? null : scroll(box("bundle-system", heading("bundle.view.system"), system(page.system())));
        };
        Node node = shown.get();
        if (node == null) {
            center.getChildren().clear();
        } else {
            center.getChildren().setAll(node);
        }
    }

    /** The wizard's Diagnose and network lines, as they read on the user's machine. */
    private Node diagnosis(BundlePage page) {
        VBox findings = new VBox(10);
        findings.setId("bundle-findings");
        for (BundlePage.FindingText f : page.findings()) {
            VBox remedies = new VBox(4);
            int n = 1;
            for (String remedy : f.remedies()) {
                remedies.getChildren().add(wrapped(n++ + ". " + remedy, "wizard-option"));
            }
            findings.getChildren().addAll(wrapped(f.paragraph(), "finding"), wrapped(b.getString("bundle.view.remedies"), "detail-name"),
                    remedies);
        }
        page.notes().forEach(n -> findings.getChildren().add(wrapped(n, "finding")));
        return scroll(box("bundle-diagnosis", heading("bundle.view.diagnosis"), orNone(findings), title("bundle.view.config"),
                orNone(lines(page.config(), "code-line", "bundle-config")), title("bundle.view.network"),
                orNone(lines(page.network(), "caption", "bundle-network"))));
    }

    private static Node system(List<BundlePage.Detail> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getStyleClass().add("details");
        for (int i = 0; i < rows.size(); i++) {
            Label name = wrapped(rows.get(i).name(), "detail-name");
            grid.addRow(i, name, wrapped(rows.get(i).value(), "detail-value"));
        }
        return grid;
    }

    private static VBox lines(List<String> lines, String style, String id) {
        VBox box = new VBox(4);
        box.setId(id);
        lines.forEach(l -> box.getChildren().add(wrapped(l, style)));
        return box;
    }

    private Node orNone(VBox box) {
        return box.getChildren().isEmpty() ? wrapped(b.getString("bundle.view.none"), "caption") : box;
    }

    private Node text(String text, String id) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(14, Math.max(3, (int) text.lines().count() + 1)));
        area.getStyleClass().add("mono");
        if (text.isBlank()) {
            area.setPromptText(b.getString("bundle.view.none"));
        }
        return area;
    }

    /** A page's title, as the app's screens have one. */
    private Label heading(String key) {
        return wrapped(b.getString(key), "screen-title");
    }

    private Label title(String key) {
        return wrapped(b.getString(key), "section-title");
    }

    private static VBox box(String id, Node... children) {
        VBox box = new VBox(14, children);
        box.setId(id);
        box.setPadding(new Insets(12, 18, 18, 18));
        return box;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
