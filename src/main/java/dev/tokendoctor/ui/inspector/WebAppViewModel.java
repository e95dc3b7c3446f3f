package dev.tokendoctor.ui.inspector;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.json.Json;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.storage.tokens.TokenFinder;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.common.DialogService;
import dev.tokendoctor.ui.common.PageProbe;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Web app view: which URL the embedded WebView shows, whether a page is open (its
 * {@link LivePage}), the built-in sandbox's test page when nothing answers, and writing the app's
 * tokens into the page's {@code coze_oauth_tokens} (backup first) — the guide's "re-authorize and
 * return", done for the user.
 */
public final class WebAppViewModel {

    public static final String DEFAULT_URL = "http://localhost:8082/coze-test";


    private final StoredTokens stored;
    private final LiveEditor editor;
    private final Callable<String> sandboxPage;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private Messages messages;
    private Runnable pageChanged = () -> { };
    private java.util.function.Consumer<String> pageEdited = m -> { };
    private LivePage page;
    private String loadedUrl = "";
    /** Said again once the reloaded page is ready, instead of "opened". */
    private String afterReload;

    private final StringProperty url = new SimpleStringProperty(DEFAULT_URL);
    private final ReadOnlyStringWrapper pageUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper liveOrigin = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offerSandbox = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Whether the view needs its embedded browser: from the first open until Close. */
    private final ReadOnlyBooleanWrapper pageOpen = new ReadOnlyBooleanWrapper(false);

    /** @param sandboxPage the built-in sandbox's {@code /coze-test} URL; may start the sandbox, so called in the background */
    WebAppViewModel(StoredTokens stored, LiveEditor editor, Callable<String> sandboxPage, BackgroundExecutor executor,
                    DialogService dialogs, Messages messages) {
        this.stored = stored;
        this.editor = editor;
        this.sandboxPage = sandboxPage;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Writable: the URL field. */
    public StringProperty urlProperty() { return url; }
    /** What the view's WebView should show; empty for nothing. */
    public ReadOnlyStringProperty pageUrlProperty() { return pageUrl.getReadOnlyProperty(); }
    public ReadOnlyStringProperty liveOriginProperty() { return liveOrigin.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty offerSandboxProperty() { return offerSandbox.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public BooleanBinding canOpen() { return Bindings.createBooleanBinding(() -> !url.get().isBlank(), url).and(busy.not()); }
    public BooleanBinding canWrite() { return Bindings.isNotEmpty(liveOrigin).and(busy.not()); }
    /** Whether the view keeps its embedded browser; false after Close (the view then drops it). */
    public ReadOnlyBooleanProperty pageOpenProperty() { return pageOpen.getReadOnlyProperty(); }
    public BooleanBinding canClose() { return pageOpen.getReadOnlyProperty().and(busy.not()); }

    /** Told when the open page changes, and when this view changed its storage (with what to say). */
    void listen(Runnable changed, java.util.function.Consumer<String> edited) {
        this.pageChanged = changed;
        this.pageEdited = edited;
    }

    Optional<LivePage> page() {
        return Optional.ofNullable(page);
    }

    /** Loads the URL in the field (http:// is assumed when no scheme is given). */
    public void open() {
        String u = url.get().strip();
        if (u.isEmpty()) {
            return;
        }
        if (!u.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            u = "http://" + u;
            url.set(u);
        }
        load(u);
    }

    /** Opens the built-in sandbox's test page (starting the sandbox if needed). */
    public void openSandbox() {
        busy.set(true);
        executor.submit(sandboxPage, u -> {
            busy.set(false);
            url.set(u);
            load(u);
        }, e -> {
            busy.set(false);
            message.set(messages.get("webapp.sandboxFailed", String.valueOf(e.getMessage())));
        });
    }

    /**
     * Closes the page and lets the view drop its embedded browser: while a WebKit engine exists,
     * JavaFX redraws the window on every pulse, so an idle window with a page open never rests. The
     * live page goes with it (the Stores tab and the wizard no longer offer it); Open brings it back.
     */
    public void close() {
        if (!pageOpen.get() || busy.get()) {
            return;
        }
        page = null;
        liveOrigin.set("");
        afterReload = null;
        pageUrl.set("");
        pageOpen.set(false);
        message.set(messages.get("webapp.closed"));
        changed();
    }

    /** The view finished loading a page; from now on the inspector reads its storage through it. */
    public void pageLoaded(LivePage loaded) {
        page = loaded;
        liveOrigin.set(loaded.origin());
        offerSandbox.set(false);
        message.set(afterReload != null ? afterReload : messages.get("webapp.opened", loaded.origin()));
        afterReload = null;
        changed();
    }

    /** Nothing (or an error) answered at {@code location}. */
    public void pageFailed(String location, String problem) {
        page = null;
        liveOrigin.set("");
        offerSandbox.set(true);
        String tried = location == null || location.isEmpty() ? loadedUrl : location;
        message.set(messages.get("webapp.failed", PageProbe.where(tried), messages.get("page.cause.OTHER", "")));
        changed();
        // the embedded browser's own words are English and often wrong: find the cause out again
        executor.submit(() -> PageProbe.probe(tried), found -> {
            if (page == null) {
                message.set(messages.get("webapp.failed", found.where(), messages.get("page.cause." + found.cause(), found.host())));
            }
        }, e -> { });
    }

    /** Writes the app's stored tokens into this page's {@code coze_oauth_tokens} in Coze's shape, then reloads the page. */
    public void writeAppTokens() {
        LivePage target = page;
        if (target == null) {
            message.set(messages.get("webapp.noPage"));
            return;
        }
        if (!dialogs.confirm(messages.get("inspector.confirm.title"), messages.get("webapp.confirm.header", target.origin()),
                messages.get("webapp.confirm.content", stored.store().file().toString()))) {
            return;
        }
        busy.set(true);
        executor.submit(() -> stored.load() instanceof StoredTokens.Found f ? cozeJson(f.parsed().record()) : "", json -> {
            if (json.isEmpty()) {
                busy.set(false);
                message.set(messages.get("webapp.noTokens"));
                return;
            }
            editor.change(target, TokenFinder.KEY, json, backup -> {
                busy.set(false);
                String done = messages.get("webapp.written", target.origin(), backup.toString());
                message.set(done);
                pageEdited.accept(done);
                load(loadedUrl);
                afterReload = done;
                message.set(done);
            }, this::failed);
        }, this::failed);
    }

    /** The Coze token endpoint's shape: {@code expires_in} is Unix seconds. */
    static String cozeJson(TokenRecord record) {
        ObjectNode node = Json.object();
        node.put("access_token", record.accessToken());
        if (record.refreshToken() != null) {
            node.put("refresh_token", record.refreshToken());
        }
        if (record.expiresAt() != null) {
            node.put("expires_in", record.expiresAt().getEpochSecond());
        }
        node.put("token_type", record.tokenType() != null ? record.tokenType() : "Bearer");
        return node.toString();
    }

    public void relocalize(Messages newMessages) {
        this.messages = newMessages;
    }

    private void load(String u) {
        loadedUrl = u;
        page = null;
        liveOrigin.set("");
        offerSandbox.set(false);
        message.set(messages.get("webapp.opening", u));
        pageOpen.set(true);
        pageUrl.set("");
        pageUrl.set(u);
        changed();
    }

    private void failed(Throwable e) {
        busy.set(false);
        message.set(e instanceof LiveEditor.PageChanged ? messages.get("inspector.error.pageChanged")
                : messages.get("inspector.error", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
    }

    private void changed() {
        pageChanged.run();
    }
}
