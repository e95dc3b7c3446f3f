package dev.tokendoctor.app;

import dev.tokendoctor.service.ConnectionService;
import dev.tokendoctor.service.RefreshService;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.Sleeper;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.DataDirectory;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.ui.bundle.BundleViewModel;
import dev.tokendoctor.ui.bundle.BundleWindow;
import dev.tokendoctor.ui.common.ControlsFxNotifier;
import dev.tokendoctor.ui.common.FxBackgroundExecutor;
import dev.tokendoctor.ui.common.FxClipboard;
import dev.tokendoctor.ui.common.FxDialogService;
import dev.tokendoctor.ui.common.Ticker;
import dev.tokendoctor.ui.inspector.InspectorViewModel;
import dev.tokendoctor.ui.login.SignInViewModel;
import dev.tokendoctor.ui.shell.MainViewModel;
import dev.tokendoctor.ui.shell.Page;
import dev.tokendoctor.ui.status.TokenStatusViewModel;
import dev.tokendoctor.ui.wizard.FixWizardViewModel;
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
    final BundleViewModel bundles;
    final BundleWindow bundleWindow;
    final java.util.concurrent.atomic.AtomicReference<dev.tokendoctor.ui.netlog.NetworkLogViewModel> netLog =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final Path tokenFile;
    private volatile AppSettings settings;
    Messages messages;
    Stage stage;
    private Ticker ticker;
    private final LogFile log;
    private static final System.Logger LOG = System.getLogger(AppServices.class.getName());
    private java.util.function.Predicate<URI> browser = uri -> false; // until the window knows the system browser

    public AppServices(Path dataDir, Locale forcedLanguage, Path tokenFile, Clock clock) {
        this(dataDir, forcedLanguage, tokenFile, clock, SandboxConfig.defaults());
    }

    public AppServices(Path dataDir, Locale forcedLanguage, Path tokenFile, Clock clock, SandboxConfig sandboxConfig) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.tokenFile = tokenFile;
        FileTokenStore tokenStore = new FileTokenStore(dataDir, clock);
        DataFolderStart.clean(tokenStore, dataDir);
        this.log = LogFile.install(dataDir);
        this.settingsStore = new SettingsStore(dataDir);
        this.secrets = new SecretStore(dataDir);
        AppSettings loaded = settingsStore.load();
        if (forcedLanguage != null) {
            loaded = loaded.withLanguage(forcedLanguage.getLanguage());
        }
        this.settings = loaded;
        this.messages = new Messages(languageOf(loaded));
        TokenParser parser = new TokenParser(clock);
        this.storedTokens = new StoredTokens(tokenStore, parser);
        // The sandbox stands in for Coze, which does not forget its grants when the app restarts.
        SandboxConfig sandbox = sandboxConfig.grantsFile() != null ? sandboxConfig
                : sandboxConfig.withGrantsFile(dataDir.resolve("sandbox").resolve("grants.json"));
        this.connection = new ConnectionService(() -> settings.connection(), secrets, clock, exchangeLog, sandbox);
        Supplier<HealthEvaluator> evaluator = () -> new HealthEvaluator(
                HealthPolicy.DEFAULT.withExpiringSoon(Duration.ofMinutes(settings.expiringSoonMinutes())));
        this.status = new TokenStatusViewModel(storedTokens, parser, evaluator, clock, executor,
                new FxDialogService(() -> stage, () -> messages), new ControlsFxNotifier(() -> stage),
                clipboard, messages);
        status.notificationsEnabledProperty().set(settings.notifications());
        DataFolderStart.reportProblems(dataDir, settingsStore, status);
        this.refresh = new RefreshService(connection, storedTokens, clock, () -> settings.connection(),
                outcome -> Platform.runLater(() -> status.automaticRefreshDone(outcome)));
        this.shell = new MainViewModel(javafx.beans.binding.Bindings.createStringBinding(
                () -> dev.tokendoctor.ui.status.StatusText.windowTitle(status.text(), status.countdown(), status.messages().get("app.title")),
                status.textProperty(), status.countdownProperty()));
        this.signIn = new SignInViewModel(new SignInBackend(connection, storedTokens, uri -> browser.test(uri)),
                executor, clock, Sleeper.SYSTEM, messages, clipboard, this::signedIn);
        this.wizard = new FixWizardViewModel(new StatusWizardToken(status), new WizardBackend(connection, storedTokens, clock),
                executor, Platform::runLater, new FxDialogService(() -> stage, () -> messages), clipboard, clock, messages);
        this.inspector = Inspection.viewModel(this, parser, evaluator);
        this.bundles = new BundleViewModel(executor, new FxDialogService(() -> stage, () -> messages), clipboard, messages, clock.getZone());
        this.bundleWindow = new BundleWindow(bundles, () -> messages.bundle(), () -> stage, CSS);
        wizard.picker().connect(inspector.tokenChoices(), choice -> status.importText(choice.value(), choice.source()));
        wizard.writeBack().connect(inspector.web().liveOriginProperty(), inspector.web()::writeAppTokens);
        status.connect(new StatusActions(refresh, connection, () -> {
            shell.pageProperty().set(Page.SIGNIN);
            signIn.signIn();
        }, () -> {
            wizard.openFromStatus();
            shell.pageProperty().set(Page.WIZARD);
        }, () -> {
            // the card's "Sign in again": the wizard's sign-in, so the new token is verified with Coze afterwards
            wizard.openFromStatus();
            wizard.fixes().apply(dev.tokendoctor.core.diagnosis.Remedy.Action.METHOD1_REAUTHORIZE);
        }));
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
        afterFirstFrame(scene, () -> {
            // Browser scans and the automatic refresher (which may start the sandbox) would compete
            // with the first frame for the CPU; they wait until it is on screen.
            inspector.scanAll();
            executor.submit(() -> {
                refresh.restartAutomatic();
                return true;
            }, ok -> { }, e -> LOG.log(System.Logger.Level.WARNING, "the automatic refresh could not be planned", e));
        });
        stage.show();
    }

    /** Runs {@code work} once, on the FX thread, after the first pulse that laid out {@code scene} has rendered. */
    private static void afterFirstFrame(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work); // the render of this pulse comes before the next runLater
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void signedIn() {
        status.loadStored();
        // a sign-in the wizard started goes back to the wizard, which verifies the new token
        shell.pageProperty().set(wizard.fixes().signInFinished() ? Page.WIZARD : Page.STATUS);
        executor.submit(() -> {
            refresh.restartAutomatic();
            return true;
        }, ok -> { }, e -> LOG.log(System.Logger.Level.WARNING, "the automatic refresh could not be planned", e));
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
            }, ok -> signIn.describeConnection(),
                    e -> LOG.log(System.Logger.Level.WARNING, "the automatic refresh could not be planned", e));
        }
        if (languageChanged) {
            messages = new Messages(languageOf(next));
            status.relocalize(messages);
            signIn.relocalize(messages);
            wizard.relocalize(messages);
            inspector.relocalize(messages);
            bundles.relocalize(messages);
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

    public BundleViewModel bundleViewModel() {
        return bundles;
    }

    public BundleWindow bundleWindow() {
        return bundleWindow;
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
        log.close();
    }

    /** Where the log files are, for Settings to show. */
    public Path logFolder() {
        return log.folder();
    }
}
