package dev.tokendoctor.app;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.DataDirectory;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.ui.common.ControlsFxNotifier;
import dev.tokendoctor.ui.common.FxBackgroundExecutor;
import dev.tokendoctor.ui.common.FxClipboard;
import dev.tokendoctor.ui.common.FxDialogService;
import dev.tokendoctor.ui.common.Ticker;
import dev.tokendoctor.ui.settings.SettingsView;
import dev.tokendoctor.ui.settings.SettingsViewModel;
import dev.tokendoctor.ui.shell.MainView;
import dev.tokendoctor.ui.shell.MainViewModel;
import dev.tokendoctor.ui.shell.Page;
import dev.tokendoctor.ui.status.TokenStatusView;
import dev.tokendoctor.ui.status.TokenStatusViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The composition root: builds every service once and hands them to the view models.
 * Language changes rebuild the views (their labels come from the bundle); view models survive.
 */
public final class AppServices implements AutoCloseable {

    public static final String CSS = "/dev/tokendoctor/ui/theme.css";

    private final Path dataDir;
    private final Clock clock;
    private final SettingsStore settingsStore;
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
    private final FxClipboard clipboard = new FxClipboard();
    private final StoredTokens storedTokens;
    private final TokenStatusViewModel status;
    private final Path tokenFile;
    private final MainViewModel shell;
    private volatile AppSettings settings;
    private Messages messages;
    private Stage stage;
    private Ticker ticker;

    public AppServices(Path dataDir, Locale forcedLanguage, Path tokenFile, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.tokenFile = tokenFile;
        this.settingsStore = new SettingsStore(dataDir);
        AppSettings loaded = settingsStore.load();
        if (forcedLanguage != null) {
            loaded = loaded.withLanguage(forcedLanguage.getLanguage());
        }
        this.settings = loaded;
        this.messages = new Messages(languageOf(loaded));
        TokenParser parser = new TokenParser(clock);
        this.storedTokens = new StoredTokens(new FileTokenStore(dataDir, clock), parser);
        Supplier<HealthEvaluator> evaluator = () -> new HealthEvaluator(
                HealthPolicy.DEFAULT.withExpiringSoon(Duration.ofMinutes(settings.expiringSoonMinutes())));
        this.status = new TokenStatusViewModel(storedTokens, parser, evaluator, clock, executor,
                new FxDialogService(() -> stage, () -> messages), new ControlsFxNotifier(() -> stage),
                clipboard, messages);
        status.notificationsEnabledProperty().set(settings.notifications());
        this.shell = new MainViewModel(status);
    }

    public static AppServices create(CommandLine cli, Clock clock) {
        Path dir = cli.dataDir() != null ? cli.dataDir() : DataDirectory.defaultForThisMachine();
        return new AppServices(dir.toAbsolutePath(), cli.language(), cli.tokenFile(), clock);
    }

    /** Builds the window, starts the once-a-second ticker and loads the token in the background. */
    public void show(Stage target) {
        this.stage = target;
        Scene scene = new Scene(buildRoot(), 980, 760);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(CSS)).toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(520);
        ticker = new Ticker(status::tick);
        ticker.start();
        if (tokenFile != null) {
            status.openPath(tokenFile);
        } else {
            status.loadStored();
        }
        stage.show();
    }

    private javafx.scene.Parent buildRoot() {
        stage.titleProperty().unbind();
        stage.titleProperty().bind(shell.windowTitle());
        Map<Page, Supplier<Node>> screens = new EnumMap<>(Page.class);
        screens.put(Page.STATUS, () -> new TokenStatusView(status, messages.bundle()).root());
        screens.put(Page.SETTINGS, () -> new SettingsView(new SettingsViewModel(settings, messages.locale().getLanguage(),
                dataDir.toString(), settingsStore, executor, this::settingsChanged), messages.bundle()).root());
        return new MainView(shell, messages.bundle(), screens).root();
    }

    private void settingsChanged(AppSettings next) {
        boolean languageChanged = !languageOf(next).equals(messages.locale());
        settings = next;
        status.notificationsEnabledProperty().set(next.notifications());
        if (languageChanged) {
            messages = new Messages(languageOf(next));
            status.relocalize(messages);
            javafx.application.Platform.runLater(() -> {
                stage.getScene().setRoot(buildRoot());
            });
        } else {
            status.tick();
        }
    }

    private static Locale languageOf(AppSettings s) {
        Locale parsed = Messages.parseLanguage(s.language());
        return parsed != null ? parsed : Messages.supported(Locale.getDefault());
    }

    public TokenStatusViewModel statusViewModel() {
        return status;
    }

    public Messages messages() {
        return messages;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.close();
        }
        executor.close();
    }
}
