package dev.tokendoctor.app;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.oauth.ExchangeLog;
import dev.tokendoctor.oauth.OAuthOutcome;
import dev.tokendoctor.oauth.Sleeper;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.DataDirectory;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.ui.common.ControlsFxNotifier;
import dev.tokendoctor.ui.common.FxBackgroundExecutor;
import dev.tokendoctor.ui.common.FxClipboard;
import dev.tokendoctor.ui.common.FxDialogService;
import dev.tokendoctor.ui.common.Ticker;
import dev.tokendoctor.ui.inspector.InspectorViewModel;
import dev.tokendoctor.ui.login.SignInViewModel;
import dev.tokendoctor.ui.shell.MainViewModel;
import dev.tokendoctor.ui.shell.Page;
import dev.tokendoctor.ui.status.TokenActions;
import dev.tokendoctor.ui.status.TokenStatusViewModel;
import dev.tokendoctor.ui.wizard.FixWizardViewModel;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The composition root: builds every service once and hands them to the view models.
 * Language changes rebuild the views (their labels come from the bundle); view models survive.
 */
public final class AppServices implements AutoCloseable {

    public static final String CSS = "/dev/tokendoctor/ui/theme.css";

    final Path dataDir;
    final Clock clock;
    final SettingsStore settingsStore;
    final SecretStore secrets;
    final FxBackgroundExecutor executor = new FxBackgroundExecutor(3);
    final FxClipboard clipboard = new FxClipboard();
    final StoredTokens storedTokens;
    final ExchangeLog exchangeLog = new ExchangeLog();
    final ConnectionService connection;
    final RefreshService refresh;
    final TokenStatusViewModel status;
    final SignInViewModel signIn;
    final InspectorViewModel inspector;
    final MainViewModel shell;
    final FixWizardViewModel wizard;
    final java.util.concurrent.atomic.AtomicReference<dev.tokendoctor.ui.netlog.NetworkLogViewModel> netLog =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final Path tokenFile;
    private volatile AppSettings settings;
    Messages messages;
    Stage stage;
    private Ticker ticker;
    private java.util.function.Predicate<URI> browser = uri -> false; // until the window knows the system browser

    public AppServices(Path dataDir, Locale forcedLanguage, Path tokenFile, Clock clock) {
        this(dataDir, forcedLanguage, tokenFile, clock, SandboxConfig.defaults());
    }

    public AppServices(Path dataDir, Locale forcedLanguage, Path tokenFile, Clock clock, SandboxConfig sandboxConfig) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.tokenFile = tokenFile;
        this.settingsStore = new SettingsStore(dataDir);
        this.secrets = new SecretStore(dataDir);
        AppSettings loaded = settingsStore.load();
        if (forcedLanguage != null) {
            loaded = loaded.withLanguage(forcedLanguage.getLanguage());
        }
        this.settings = loaded;
        this.messages = new Messages(languageOf(loaded));
        TokenParser parser = new TokenParser(clock);
        this.storedTokens = new StoredTokens(new FileTokenStore(dataDir, clock), parser);
        this.connection = new ConnectionService(() -> settings.connection(), secrets, clock, exchangeLog, sandboxConfig);
        Supplier<HealthEvaluator> evaluator = () -> new HealthEvaluator(
                HealthPolicy.DEFAULT.withExpiringSoon(Duration.ofMinutes(settings.expiringSoonMinutes())));
        this.status = new TokenStatusViewModel(storedTokens, parser, evaluator, clock, executor,
                new FxDialogService(() -> stage, () -> messages), new ControlsFxNotifier(() -> stage),
                clipboard, messages);
        status.notificationsEnabledProperty().set(settings.notifications());
        this.refresh = new RefreshService(connection, storedTokens, clock, () -> settings.connection(),
                outcome -> Platform.runLater(() -> status.automaticRefreshDone(outcome)));
        this.shell = new MainViewModel(javafx.beans.binding.Bindings.createStringBinding(
                () -> dev.tokendoctor.ui.status.StatusText.windowTitle(status.text(), status.messages().get("app.title")),
                status.textProperty()));
        this.signIn = new SignInViewModel(new SignInBackend(connection, storedTokens, uri -> browser.test(uri)),
                executor, clock, Sleeper.SYSTEM, messages, clipboard, this::signedIn);
        this.wizard = new FixWizardViewModel(new StatusWizardToken(status), new WizardBackend(connection, storedTokens, clock),
                executor, Platform::runLater, new FxDialogService(() -> stage, () -> messages), clipboard, clock, messages);
        this.inspector = Inspection.viewModel(this, parser, evaluator);
        wizard.picker().connect(inspector.tokenChoices(), choice -> status.importText(choice.value(), choice.source()));
        wizard.writeBack().connect(inspector.web().liveOriginProperty(), inspector.web()::writeAppTokens);
        status.connect(new TokenActions() {
            @Override
            public OAuthOutcome refreshNow() throws IOException {
                OAuthOutcome outcome = refresh.refreshNow();
                refresh.restartAutomatic();
                return outcome;
            }

            @Override
            public void reauthorize() {
                shell.pageProperty().set(Page.SIGNIN);
                signIn.signIn();
            }

            @Override
            public java.util.Optional<Duration> lastClockSkew() {
                return connection.lastClockSkew();
            }

            @Override
            public java.util.Optional<java.time.Instant> nextAutomaticRefresh() {
                return refresh.nextAutomatic();
            }

            @Override
            public void fixStepByStep() {
                wizard.openFromStatus();
                shell.pageProperty().set(Page.WIZARD);
            }
        });
    }

    public static AppServices create(CommandLine cli, Clock clock) {
        Path dir = cli.dataDir() != null ? cli.dataDir() : DataDirectory.defaultForThisMachine();
        return new AppServices(dir.toAbsolutePath(), cli.language(), cli.tokenFile(), clock);
    }

    /** How "open in my browser" reaches the system browser (the Application's HostServices). */
    public void useBrowser(java.util.function.Predicate<URI> opener) {
        this.browser = opener;
    }

    /** Builds the window, starts the once-a-second ticker and loads the token in the background. */
    public void show(Stage target) {
        this.stage = target;
        Scene scene = new Scene(new Screens(this).build(), 1000, 780);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(CSS)).toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(540);
        WindowPlaces.restore(stage, new dev.tokendoctor.storage.WindowPlacement(dataDir));
        stage.titleProperty().bind(shell.windowTitle());
        ticker = new Ticker(() -> {
            status.tick();
            signIn.tick();
            inspector.tick();
        });
        ticker.start();
        if (tokenFile != null) {
            status.openPath(tokenFile);
        } else {
            status.loadStored();
        }
        inspector.scanAll();
        executor.submit(() -> {
            refresh.restartAutomatic();
            return true;
        }, ok -> { }, e -> { });
        stage.show();
    }

    private void signedIn() {
        status.loadStored();
        // a sign-in the wizard started goes back to the wizard, which verifies the new token
        shell.pageProperty().set(wizard.fixes().signInFinished() ? Page.WIZARD : Page.STATUS);
        executor.submit(() -> {
            refresh.restartAutomatic();
            return true;
        }, ok -> { }, e -> { });
    }

    AppSettings settings() {
        return settings;
    }

    /** Applies changed settings: thresholds at once, the connection for the next request, the language by rebuilding the views. */
    void settingsChanged(AppSettings next) {
        boolean languageChanged = !languageOf(next).equals(messages.locale());
        boolean connectionChanged = !next.connection().equals(settings.connection());
        settings = next;
        status.notificationsEnabledProperty().set(next.notifications());
        if (connectionChanged) {
            executor.submit(() -> {
                refresh.restartAutomatic();
                return true;
            }, ok -> signIn.describeConnection(), e -> { });
        }
        if (languageChanged) {
            messages = new Messages(languageOf(next));
            status.relocalize(messages);
            signIn.relocalize(messages);
            wizard.relocalize(messages);
            inspector.relocalize(messages);
            Platform.runLater(() -> {
                javafx.scene.Parent old = stage.getScene().getRoot();
                stage.getScene().setRoot(new Screens(this).build());
                dev.tokendoctor.ui.common.Lifecycle.release(old); // the old views stop listening to the view models
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

    public FixWizardViewModel wizardViewModel() {
        return wizard;
    }

    public SignInViewModel signInViewModel() {
        return signIn;
    }

    public InspectorViewModel inspectorViewModel() {
        return inspector;
    }

    public ConnectionService connection() {
        return connection;
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
        if (stage != null) {
            WindowPlaces.remember(stage, new dev.tokendoctor.storage.WindowPlacement(dataDir));
        }
        refresh.close();
        if (netLog.get() != null) {
            netLog.get().close();
        }
        connection.close();
        executor.close();
    }
}
