package dev.tokendoctor.ui.inspector;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.storage.source.SourceKind;
import dev.tokendoctor.storage.source.StorageEntry;
import dev.tokendoctor.storage.tokens.BrowserGuidance;
import dev.tokendoctor.storage.tokens.TokenFinder;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The browsing half of the Inspector: the tree, the filter, the chosen node and entry, the value
 * pane and what may be done with the choice. {@link InspectorViewModel} adds scanning and changes.
 */
public abstract class BrowseViewModel {

    /** The source and origin the user is looking at (origin null for a whole source). */
    record Context(String sourceId, String origin) {
    }

    protected Messages messages;
    protected final ZoneId zone;
    final Scans scans = new Scans();

    final ReadOnlyObjectWrapper<InspectorNode> tree = new ReadOnlyObjectWrapper<>();
    private final ObservableList<EntryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> guidance = FXCollections.observableArrayList();
    final ReadOnlyStringWrapper selectedNodeId = new ReadOnlyStringWrapper();
    final ReadOnlyObjectWrapper<EntryRow> selectedRow = new ReadOnlyObjectWrapper<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper console = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyBooleanWrapper undoable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper deletable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper clearable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper showable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper revealable = new ReadOnlyBooleanWrapper(false);
    private EntryRow loadedRow;
    private String loadedValue;

    BrowseViewModel(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        filter.addListener((o, a, b) -> rebuild());
        revealed.addListener((o, a, b) -> showValue());
        rebuild();
    }

    public ReadOnlyObjectProperty<InspectorNode> treeProperty() { return tree.getReadOnlyProperty(); }
    public ObservableList<EntryRow> rows() { return FXCollections.unmodifiableObservableList(rows); }
    public ObservableList<String> guidance() { return FXCollections.unmodifiableObservableList(guidance); }
    public ReadOnlyStringProperty selectedNodeIdProperty() { return selectedNodeId.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<EntryRow> selectedRowProperty() { return selectedRow.getReadOnlyProperty(); }
    /** Writable: the filter field. */
    public StringProperty filterProperty() { return filter; }
    /** Writable: the user's explicit choice to see the selected value in full. */
    public BooleanProperty revealedProperty() { return revealed; }
    public ReadOnlyBooleanProperty scanningProperty() { return scanning.getReadOnlyProperty(); }
    /** 0..1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty valueProperty() { return value.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }
    /** Why the chosen store cannot be changed here; empty when it can. */
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
    /** Whether the guide's console lines apply to the chosen store. */
    public ReadOnlyBooleanProperty consoleProperty() { return console.getReadOnlyProperty(); }
    public String consoleLine() { return BrowserGuidance.CONSOLE_LINE; }
    public ReadOnlyStringProperty infoProperty() { return info.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public BooleanBinding canDelete() { return deletable.getReadOnlyProperty().and(busy.not()); }
    public BooleanBinding canClearCoze() { return clearable.getReadOnlyProperty().and(busy.not()); }
    public BooleanBinding canUndo() { return undoable.getReadOnlyProperty().and(busy.not()); }
    public BooleanBinding canShowInStatus() { return showable.getReadOnlyProperty().and(busy.not()); }
    public BooleanBinding canReveal() { return revealable.getReadOnlyProperty().and(revealed.not()); }

    /** The user chose a tree node (null for none). */
    public void selectNode(String nodeId) {
        if (Objects.equals(nodeId, selectedNodeId.get())) {
            return;
        }
        selectedNodeId.set(nodeId);
        selectedRow.set(null);
        refreshRows();
    }

    /** The user chose a table row (null for none). */
    public void selectRow(EntryRow row) {
        selectedRow.set(row);
        revealed.set(false);
        updateSelection();
    }

    public void dismissMessages() {
        info.set("");
        error.set("");
    }

    void failed(Throwable e) {
        busy.set(false);
        error.set(e instanceof LiveEditor.PageChanged ? messages.get("inspector.error.pageChanged")
                : messages.get("inspector.error", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
    }

    /** Whether this app may change that origin of that source now. */
    abstract boolean editable(String sourceId, String origin);

    void rebuild() {
        tree.set(scans.tree(filter.get(), messages));
        refreshRows();
    }

    private void refreshRows() {
        EntryRow before = selectedRow.get();
        rows.setAll(scans.rows(selectedNodeId.get(), filter.get(), messages, zone));
        EntryRow again = before == null ? null : rows.stream().filter(r -> r.sourceId().equals(before.sourceId())
                && r.origin().equals(before.origin()) && r.key().equals(before.key())).findFirst().orElse(null);
        selectedRow.set(again);
        updateSelection();
    }

    private void updateSelection() {
        EntryRow row = selectedRow.get();
        Context c = context();
        boolean live = c != null && scans.isLive(c.sourceId(), c.origin());
        ReadOnlyHelp help = c == null ? ReadOnlyHelp.NONE : ReadOnlyHelp.of(scans.source(c.sourceId()).orElse(null), c.origin(), live, messages);
        note.set(help.note());
        guidance.setAll(help.steps());
        console.set(help.console());
        deletable.set(row != null && editable(row.sourceId(), row.origin()));
        clearable.set(c != null && c.origin() != null && editable(c.sourceId(), c.origin())
                && scans.source(c.sourceId()).map(s -> scans.origins(s).getOrDefault(c.origin(), List.of()).stream()
                        .anyMatch(e -> e.key().equals(TokenFinder.KEY))).orElse(false));
        showable.set(row != null && canShow(row));
        detail.set(row == null ? "" : messages.get("inspector.detail", row.origin(), row.key(),
                row.entry().file() == null ? messages.get("inspector.row.live") : row.entry().file().toString()));
        showValue();
    }

    private void showValue() {
        EntryRow row = selectedRow.get();
        if (row == null) {
            value.set(selectedNodeId.get() != null && selectedNodeId.get().startsWith("e:") ? errorText() : "");
            revealable.set(false);
            return;
        }
        StorageEntry e = row.entry();
        String text = e.value() != null ? e.value() : row == loadedRow ? loadedValue : null;
        if (text == null) {
            // Scans keep keys, sizes and verdicts; a value that is not a token is read again when shown.
            value.set(messages.get("inspector.value.loading"));
            revealable.set(false);
            fetchValue(row);
            return;
        }
        boolean secret = row.found() != null || TokenFinder.KEY.equals(e.key());
        value.set(ValueText.show(text, secret, revealed.get()));
        revealable.set(ValueText.hidesSomething(text, secret));
    }

    /** Reads the value of {@code row} again, off the UI thread, then calls {@link #valueRead}. */
    abstract void fetchValue(EntryRow row);

    /** A value read again arrives; shown if its row is still the chosen one. */
    void valueRead(EntryRow row, String text) {
        if (row == selectedRow.get()) {
            loadedRow = row;
            loadedValue = text;
            showValue();
        }
    }

    private String errorText() {
        return findNode(tree.get(), selectedNodeId.get()).map(InspectorNode::label).orElse("");
    }

    private static java.util.Optional<InspectorNode> findNode(InspectorNode node, String id) {
        if (node == null) {
            return java.util.Optional.empty();
        }
        if (node.id().equals(id)) {
            return java.util.Optional.of(node);
        }
        return node.children().stream().map(n -> findNode(n, id)).flatMap(java.util.Optional::stream).findFirst();
    }

    /** The chosen row's source and origin, else the chosen source or origin node's. */
    Context context() {
        EntryRow row = selectedRow.get();
        if (row != null) {
            return new Context(row.sourceId(), row.origin());
        }
        String id = selectedNodeId.get();
        if (id == null) {
            return null;
        }
        if (id.startsWith("o:")) {
            int split = id.indexOf('\u0000');
            return new Context(id.substring(2, split), id.substring(split + 1));
        }
        return id.startsWith("s:") ? new Context(id.substring(2), null) : null;
    }

    SourceKind kindOf(String sourceId) {
        return scans.source(sourceId).map(s -> s.source().kind()).orElse(null);
    }

    boolean canShow(EntryRow row) {
        return row.found() != null && row.found().record().isPresent() && !row.entry().truncated()
                && kindOf(row.sourceId()) != SourceKind.APP_STORE;
    }
}
