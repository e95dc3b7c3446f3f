package dev.tokendoctor.ui.netlog;

import dev.tokendoctor.core.json.Json;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.oauth.client.Exchange;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.ui.common.ClipboardService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Network log screen: every exchange with the token endpoint, already redacted by the
 * {@link ExchangeLog}, filterable, with details and copy. New exchanges arrive on worker threads
 * and are handed to {@code uiThread} before they touch the list.
 */
public final class NetworkLogViewModel implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final ExchangeLog log;
    private final ClipboardService clipboard;
    private final Executor uiThread;
    private final Messages messages;
    private final ZoneId zone;
    private final ObservableList<ExchangeRow> all = FXCollections.observableArrayList();
    private final FilteredList<ExchangeRow> shown = new FilteredList<>(all, e -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ExchangeRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final Consumer<Exchange> listener;
    private boolean readOnly;

    public NetworkLogViewModel(ExchangeLog log, ClipboardService clipboard, Executor uiThread, Messages messages, ZoneId zone) {
        this.log = log;
        this.clipboard = clipboard;
        this.uiThread = uiThread;
        this.messages = messages;
        this.zone = zone;
        all.setAll(log.snapshot().stream().map(this::row).toList());
        listener = e -> {
            ExchangeRow row = row(e);
            uiThread.execute(() -> all.add(row));
        };
        log.addListener(listener);
        filter.addListener((o, a, text) -> shown.setPredicate(e -> matches(e, text)));
        selected.addListener((o, a, e) -> details.set(e == null ? "" : e.text()));
    }

    /**
     * Someone else's exchanges (a support bundle's), shown exactly as this screen shows ours: filter,
     * details and copy work, nothing can be cleared. The exchanges are redacted once more on the way in.
     */
    public static NetworkLogViewModel readOnly(List<Exchange> exchanges, ClipboardService clipboard, Messages messages, ZoneId zone) {
        ExchangeLog theirs = new ExchangeLog(new dev.tokendoctor.core.redact.Redactor(), Math.max(1, exchanges.size()));
        exchanges.forEach(e -> theirs.record(e, List.of()));
        NetworkLogViewModel vm = new NetworkLogViewModel(theirs, clipboard, Runnable::run, messages, zone);
        vm.readOnly = true;
        return vm;
    }

    /** Whether this log is someone else's: the view offers no Clear. */
    public boolean readOnly() { return readOnly; }
    public ObservableList<ExchangeRow> exchanges() { return shown; }
    /** Writable: the filter text (matches method, URL, status, bodies and headers). */
    public StringProperty filterProperty() { return filter; }
    /** Writable: the exchange the user picked. */
    public ObjectProperty<ExchangeRow> selectedProperty() { return selected; }
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }
    public ReadOnlyStringProperty infoProperty() { return info.getReadOnlyProperty(); }
    public BooleanBinding canCopy() { return Bindings.isNotNull(selected); }
    public BooleanBinding empty() { return Bindings.isEmpty(all); }

    private ExchangeRow row(Exchange e) {
        String status = e.status() == 0 ? messages.get("netlog.noAnswer") : String.valueOf(e.status());
        return new ExchangeRow(e.id(), TIME.format(e.startedAt().atZone(zone)), e.method(), status,
                e.duration().toMillis() + " ms", e.url(), describe(e, status));
    }

    public void copySelected() {
        if (selected.get() != null) {
            clipboard.putText(selected.get().text());
            info.set(messages.get("netlog.copied"));
        }
    }

    public void copyAll() {
        StringBuilder b = new StringBuilder();
        shown.forEach(e -> b.append(e.text()).append("\n\n"));
        clipboard.putText(b.toString());
        info.set(messages.get("netlog.copiedAll", shown.size()));
    }

    public void clear() {
        if (readOnly) {
            return;
        }
        log.clear();
        all.clear();
        selected.set(null);
    }

    /** The whole exchange as text: request line, headers, body, answer. Everything here is already redacted. */
    private String describe(Exchange e, String status) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(e.id()).append("  ").append(e.startedAt()).append("  ").append(e.duration().toMillis()).append(" ms\n");
        b.append(e.method()).append(' ').append(e.url()).append('\n');
        e.requestHeaders().forEach(h -> b.append(h.name()).append(": ").append(h.value()).append('\n'));
        if (e.requestBody() != null && !e.requestBody().isEmpty()) {
            b.append('\n').append(pretty(e.requestBody())).append('\n');
        }
        b.append("\n--- ").append(status).append(" ---\n");
        if (e.failure() != null) {
            b.append(messages.get("netlog.failure")).append(": ").append(e.failure()).append('\n');
        }
        e.responseHeaders().forEach(h -> b.append(h.name()).append(": ").append(h.value()).append('\n'));
        if (e.responseBody() != null && !e.responseBody().isEmpty()) {
            b.append('\n').append(pretty(e.responseBody())).append('\n');
        }
        return b.toString();
    }

    /** JSON bodies indented for reading; anything else as it came (already redacted either way). */
    private static String pretty(String body) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(Json.mapper().readTree(body));
        } catch (java.io.IOException | RuntimeException e) {
            return body;
        }
    }

    private static boolean matches(ExchangeRow e, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.toLowerCase(Locale.ROOT).trim();
        return e.text().toLowerCase(Locale.ROOT).contains(needle);
    }

    @Override
    public void close() {
        log.removeListener(listener);
    }
}
