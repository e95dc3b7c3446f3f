package dev.tokendoctor.ui.settings;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.common.Feedback;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Settings screen: language, thresholds and notifications apply at once; the Coze connection
 * applies on {@link #applyConnection()}; secrets are written on {@link #saveSecrets()} and
 * afterwards shown only as fingerprints. Everything is saved in the background.
 */
public final class SettingsViewModel {

    public static final List<String> LANGUAGES = List.of("zh", "en");
    public static final List<String> PROVIDERS = List.of("SANDBOX", "COZE_CN", "COZE_COM", "CUSTOM");
    public static final List<String> FLOWS = List.of("PKCE", "AUTHORIZATION_CODE", "DEVICE", "JWT");
    /** The redirect URI shown as the field's hint, and used when the field is left empty. */
    public static final String DEFAULT_REDIRECT_URI = "http://127.0.0.1:18765/oauth/callback";

    private final SettingsStore store;
    private final SecretStore secrets;
    private final BackgroundExecutor executor;
    private final Consumer<AppSettings> onChange;
    private final Messages messages;
    private final String dataDir;
    private AppSettings current;

    private final ObjectProperty<String> language = new SimpleObjectProperty<>();
    private final IntegerProperty expiringSoonMinutes = new SimpleIntegerProperty();
    private final BooleanProperty notifications = new SimpleBooleanProperty();
    private final ObjectProperty<String> provider = new SimpleObjectProperty<>();
    private final StringProperty customBaseUrl = new SimpleStringProperty();
    private final ObjectProperty<String> flow = new SimpleObjectProperty<>();
    private final StringProperty clientId = new SimpleStringProperty();
    private final StringProperty redirectUri = new SimpleStringProperty();
    private final StringProperty jwtAppId = new SimpleStringProperty();
    private final StringProperty jwtKeyId = new SimpleStringProperty();
    private final StringProperty workspaceId = new SimpleStringProperty();
    private final StringProperty accountId = new SimpleStringProperty();
    private final IntegerProperty refreshMarginSeconds = new SimpleIntegerProperty();
    private final BooleanProperty autoRefresh = new SimpleBooleanProperty();
    private final StringProperty newClientSecret = new SimpleStringProperty("");
    private final StringProperty newPrivateKey = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper secretFingerprint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keyFingerprint = new ReadOnlyStringWrapper("");
    // Where the secrets are kept (system keyring or owner-only file): found off the FX thread, the keyring may take a moment.
    private final ReadOnlyStringWrapper secretsPlace = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    // What became of "Apply connection" and "Save secrets", shown beside each button; a new one replaces the old.
    private final Feedback connectionFeedback;
    private final Feedback secretsFeedback;

    public SettingsViewModel(AppSettings initial, String effectiveLanguage, String dataDir, SettingsStore store,
                             SecretStore secrets, BackgroundExecutor executor, Messages messages, Consumer<AppSettings> onChange) {
        this.store = store;
        this.secrets = secrets;
        this.executor = executor;
        this.onChange = onChange;
        this.messages = messages;
        this.connectionFeedback = new Feedback(messages);
        this.secretsFeedback = new Feedback(messages);
        this.dataDir = dataDir;
        this.current = initial;
        error.set(unreadableFile());
        language.set(effectiveLanguage);
        expiringSoonMinutes.set(initial.expiringSoonMinutes());
        notifications.set(initial.notifications());
        ConnectionSettings c = initial.connection();
        provider.set(c.provider());
        customBaseUrl.set(c.customBaseUrl());
        flow.set(c.flow());
        clientId.set(c.clientId());
        redirectUri.set(c.redirectUri());
        jwtAppId.set(c.jwtAppId());
        jwtKeyId.set(c.jwtKeyId());
        workspaceId.set(c.workspaceId());
        accountId.set(c.accountId());
        refreshMarginSeconds.set(c.refreshMarginSeconds());
        autoRefresh.set(c.autoRefresh());
        language.addListener((o, a, v) -> apply(current.withLanguage(v)));
        expiringSoonMinutes.addListener((o, a, v) -> apply(current.withExpiringSoonMinutes(v.intValue())));
        notifications.addListener((o, a, v) -> apply(current.withNotifications(v)));
        executor.submit(this::storedSecrets, this::showStored, e -> error.set(String.valueOf(e.getMessage())));
    }

    public ObjectProperty<String> languageProperty() { return language; }
    public IntegerProperty expiringSoonMinutesProperty() { return expiringSoonMinutes; }
    public BooleanProperty notificationsProperty() { return notifications; }
    public ObjectProperty<String> providerProperty() { return provider; }
    public StringProperty customBaseUrlProperty() { return customBaseUrl; }
    public ObjectProperty<String> flowProperty() { return flow; }
    public StringProperty clientIdProperty() { return clientId; }
    public StringProperty redirectUriProperty() { return redirectUri; }
    public StringProperty jwtAppIdProperty() { return jwtAppId; }
    public StringProperty jwtKeyIdProperty() { return jwtKeyId; }
    /** Optional: the workspace a device code is asked for. */
    public StringProperty workspaceIdProperty() { return workspaceId; }
    /** Optional: the enterprise account a JWT app gets tokens for. */
    public StringProperty accountIdProperty() { return accountId; }
    public IntegerProperty refreshMarginSecondsProperty() { return refreshMarginSeconds; }
    public BooleanProperty autoRefreshProperty() { return autoRefresh; }
    /** Writable, never read back: a new client secret to store. */
    public StringProperty newClientSecretProperty() { return newClientSecret; }
    /** Writable, never read back: a new PKCS#8 PEM private key to store. */
    public StringProperty newPrivateKeyProperty() { return newPrivateKey; }
    public ReadOnlyStringProperty secretFingerprintProperty() { return secretFingerprint.getReadOnlyProperty(); }
    public ReadOnlyStringProperty keyFingerprintProperty() { return keyFingerprint.getReadOnlyProperty(); }
    /** Where the secrets are kept: "in the system keyring", or in an owner-only file and why. */
    public ReadOnlyStringProperty secretsPlaceProperty() { return secretsPlace.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** What became of "Apply connection". */
    public Feedback connectionFeedback() { return connectionFeedback; }
    /** What became of "Save secrets". */
    public Feedback secretsFeedback() { return secretsFeedback; }
    public String dataDir() { return dataDir; }
    public String settingsFile() { return store.file().toString(); }
    /** Where the app's log files are (rotating, redacted), for Settings to show. */
    public String logFolder() { return dev.tokendoctor.storage.DataDirectory.logsOf(java.nio.file.Path.of(dataDir)).toString(); }

    /** Checks and applies the connection fields; a bad value gets a sentence and nothing changes. */
    public void applyConnection() {
        if (redirectUri.get() == null || redirectUri.get().isBlank()) {
            redirectUri.set(DEFAULT_REDIRECT_URI);
        }
        String problem = validate();
        if (problem != null) {
            connectionNote(true, problem);
            return;
        }
        // "saved" only once the write succeeded; always written, so a file that could not be read is replaced (after its backup)
        apply(current.withConnection(new ConnectionSettings(provider.get(), customBaseUrl.get(), flow.get(),
                clientId.get(), redirectUri.get(), jwtAppId.get(), jwtKeyId.get(), refreshMarginSeconds.get(), autoRefresh.get(),
                workspaceId.get(), accountId.get())),
                true, () -> connectionNote(false, messages.get("settings.applied")), text -> connectionNote(true, text));
    }

    /** Stores the typed secret and/or key (system keyring or owner-only file), clears the fields, shows the fingerprints. */
    public void saveSecrets() {
        String secret = newClientSecret.get();
        String key = newPrivateKey.get();
        if (key != null && !key.isBlank() && !key.contains("-----BEGIN PRIVATE KEY-----")) {
            secretsNote(true, messages.get("settings.error.pem"));
            return;
        }
        newClientSecret.set("");
        newPrivateKey.set("");
        executor.submit(() -> {
            if (secret != null && !secret.isBlank()) {
                secrets.put(SecretStore.CLIENT_SECRET, secret);
            }
            if (key != null && !key.isBlank()) {
                secrets.put(SecretStore.PRIVATE_KEY, key);
            }
            return storedSecrets();
        }, f -> {
            showStored(f);
            secretsNote(false, f[2].equals(SecretStore.Place.KEYRING.name())
                    ? messages.get("settings.secretsSavedKeyring") : messages.get("settings.secretsSaved", secrets.file().toString()));
            onChange.accept(current);
        }, e -> secretsNote(true, messages.get("settings.error.save", String.valueOf(e.getMessage()))));
    }

    /** The two fingerprints and where the secrets are kept; may open the system keyring: background only. */
    private String[] storedSecrets() {
        SecretStore.Place place = secrets.place();
        return new String[] {secrets.fingerprint(SecretStore.CLIENT_SECRET), secrets.fingerprint(SecretStore.PRIVATE_KEY), place.name()};
    }

    private void showStored(String[] stored) {
        secretFingerprint.set(stored[0]);
        keyFingerprint.set(stored[1]);
        secretsPlace.set(messages.get("settings.secretsPlace." + stored[2], secrets.file().toString()));
    }

    private void connectionNote(boolean isError, String text) {
        note(connectionFeedback, isError, text);
    }

    private void secretsNote(boolean isError, String text) {
        note(secretsFeedback, isError, text);
    }

    /** The settings screen is rebuilt on a language switch, so its sentences are rendered once. */
    private static void note(Feedback feedback, boolean isError, String text) {
        if (isError) {
            feedback.error(m -> text);
        } else {
            feedback.info(m -> text);
        }
    }

    private String validate() {
        if ("CUSTOM".equals(provider.get())) {
            try {
                URI uri = URI.create(customBaseUrl.get().trim());
                if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                    return messages.get("settings.error.baseUrl", customBaseUrl.get());
                }
            } catch (IllegalArgumentException e) {
                return messages.get("settings.error.baseUrl", customBaseUrl.get());
            }
        }
        if (!"SANDBOX".equals(provider.get())) {
            if ("JWT".equals(flow.get()) ? jwtAppId.get().isBlank() : clientId.get().isBlank()) {
                return messages.get("settings.error.clientId");
            }
            boolean browser = "PKCE".equals(flow.get()) || "AUTHORIZATION_CODE".equals(flow.get());
            if (browser) {
                try {
                    URI uri = URI.create(redirectUri.get().trim());
                    if (uri.getScheme() == null || uri.getHost() == null) {
                        return messages.get("settings.error.redirect", redirectUri.get());
                    }
                } catch (IllegalArgumentException e) {
                    return messages.get("settings.error.redirect", redirectUri.get());
                }
            }
        }
        return null;
    }

    private void apply(AppSettings next) {
        apply(next, false, () -> { }, error::set);
    }

    private void apply(AppSettings next, boolean always, Runnable saved, java.util.function.Consumer<String> failed) {
        boolean changed = !next.equals(current);
        if (!changed && !always) {
            return;
        }
        current = next;
        executor.submit(() -> {
            store.save(next);
            return next;
        }, ok -> saved.run(), e -> failed.accept(messages.get("settings.error.save",
                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
        if (changed) {
            onChange.accept(next);
        }
    }

    /** What was wrong with the settings file at start, in words, or empty. */
    private String unreadableFile() {
        return store.problem().map(p -> messages.get("settings.malformed", store.file().toString(), p)).orElse("");
    }
}
