package dev.tokendoctor.ui.status;

import dev.tokendoctor.ui.common.Binder;
import dev.tokendoctor.ui.common.SteadyLabel;
import dev.tokendoctor.ui.common.Lifecycle;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The status card's parts — verdict badge with countdown and lifetime bar, the action card's title
 * and steps, the details, the reasons and warnings — bound to any {@link StatusFacts}. The Status
 * screen adds its buttons; the support-bundle viewer shows the same parts with none, so an engineer
 * sees exactly what the user saw.
 */
public final class StatusCardView {

    private final StatusFacts facts;
    private final ResourceBundle b;
    private final Lifecycle life;

    /** {@code life} is the owning screen's: the subscriptions made here go when it goes. */
    public StatusCardView(StatusFacts facts, ResourceBundle bundle, Lifecycle life) {
        this.facts = facts;
        this.b = bundle;
        this.life = life;
    }

    /** Badge, countdown and lifetime bar; {@code busy} (may be null) sits beside the badge. */
    public Node verdict(Node busy) {
        Label icon = new Label();
        icon.getStyleClass().add("badge-icon");
        life.now(facts.stateProperty(), s -> icon.setText(BadgeView.glyph(s)));
        Label state = label("state-badge", "badge-text");
        Binder.text(state, facts.textProperty(), StatusText::stateName);
        HBox badge = new HBox(10, icon, state);
        badge.setId("badge");
        badge.setAlignment(Pos.CENTER_LEFT);
        badge.getStyleClass().add("badge");
        life.now(facts.stateProperty(), s -> BadgeView.style(badge, s));

        Label countdown = label("countdown", "countdown");
        countdown.setWrapText(false);
        countdown.textProperty().bind(facts.countdownProperty());
        countdown.setMinWidth(Region.USE_PREF_SIZE); // a countdown cut to "00:…" says nothing
        Label caption = label("countdown-caption", "caption");
        caption.setWrapText(false);
        Binder.text(caption, facts.textProperty(), StatusText::countdownCaption);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        VBox clock = new VBox(0, new SteadyLabel(countdown), caption);
        clock.setAlignment(Pos.CENTER_RIGHT);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = busy == null ? new HBox(16, badge, spacer, clock) : new HBox(16, badge, busy, spacer, clock);
        top.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("lifetime-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        // set only on a change: a bound property tells the screen to lay out again on every tick
        Binder.progress(life, bar, facts.textProperty(), StatusText::lifetimeUsed);
        life.now(facts.textProperty(), t -> {
            boolean show = t != null && t.lifetimeUsed() >= 0; // hidden, the bar keeps its place
            if (bar.isVisible() != show) {
                bar.setVisible(show);
            }
        });
        life.now(facts.stateProperty(), s -> BadgeView.style(bar, s));
        Label lifetime = label(null, "caption");
        lifetime.setWrapText(false);
        Binder.text(lifetime, facts.textProperty(), StatusText::lifetimeText);
        return new VBox(8, top, bar, lifetime);
    }

    /** The action card for a verdict that needs one: title, steps, then {@code actions} (null: none, read-only). */
    public Node card(Node actions) {
        Label title = label(null, "card-title");
        Binder.text(title, facts.textProperty(), StatusText::cardTitle);
        VBox steps = new VBox(4);
        Binder.lines(life, steps, facts.textProperty(), StatusText::cardSteps, "card-step");
        VBox card = actions == null ? new VBox(8, title, steps) : new VBox(8, title, steps, actions);
        card.setId("action-card");
        card.getStyleClass().add("action-card");
        Binder.shown(life, card, facts.stateProperty(), s -> s != null && s.needsAction());
        return card;
    }

    /** The details grid; {@code besideAccess} (e.g. the reveal toggle) follows the access token's fingerprint. */
    public GridPane details(Node... besideAccess) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("details");
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        row(grid, row++, "status.source", "detail-source", StatusText::source);
        row(grid, row++, "status.kind", "detail-kind", StatusText::kind);
        Node access = row(grid, row++, "status.access", "detail-access", StatusText::accessFingerprint);
        if (besideAccess.length > 0) {
            HBox line = new HBox(8, access);
            line.getChildren().addAll(besideAccess);
            grid.add(line, 1, row - 1);
        }
        row(grid, row++, "status.refresh", "detail-refresh", StatusText::refreshFingerprint);
        row(grid, row++, "status.refreshLeft", "detail-refresh-left", StatusText::refreshLeft);
        row(grid, row++, "status.expiresLocal", "detail-expires-local", StatusText::expiresLocal);
        row(grid, row++, "status.expiresUtc", "detail-expires-utc", StatusText::expiresUtc);
        row(grid, row++, "status.interpretation", "detail-interpretation", StatusText::interpretation);
        row(grid, row++, "status.clockSkew", "detail-clock-skew", StatusText::clockSkew);
        row(grid, row, "status.autoRefresh", "detail-auto-refresh", StatusText::autoRefresh);
        return grid;
    }

    /** A titled list (reasons, warnings), shown only when it has lines. */
    public Node lines(String titleKey, String id, Function<StatusText, List<String>> field, String style) {
        Label title = new Label(b.getString(titleKey));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(4);
        box.setId(id);
        Binder.lines(life, box, facts.textProperty(), field, style);
        VBox section = new VBox(4, title, box);
        section.visibleProperty().bind(Bindings.isNotEmpty(box.getChildren()));
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    /** One detail row, the value in a {@link SteadyLabel}: several of them tick every second. */
    private Node row(GridPane grid, int row, String key, String id, Function<StatusText, String> field) {
        Label name = new Label(b.getString(key));
        name.getStyleClass().add("detail-name");
        name.setMinWidth(Region.USE_PREF_SIZE); // a long value wraps; the name beside it stays whole
        Label value = label(id, "detail-value");
        Binder.text(value, facts.textProperty(), field);
        SteadyLabel steady = new SteadyLabel(value);
        grid.add(name, 0, row);
        grid.add(steady, 1, row);
        GridPane.setHgrow(steady, Priority.ALWAYS);
        return steady;
    }

    private static Label label(String id, String style) {
        Label label = new Label();
        if (id != null) {
            label.setId(id);
        }
        label.setWrapText(true); // the verdict and the card's title are read whole, on two lines in a narrow window
        label.getStyleClass().add(style);
        return label;
    }
}
