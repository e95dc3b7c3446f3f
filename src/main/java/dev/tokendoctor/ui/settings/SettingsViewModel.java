package dev.tokendoctor.ui.settings;

import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.ui.common.BackgroundExecutor;
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

/**
 * The Settings screen: language, expiring-soon threshold, notifications. Every change is
 * applied at once and saved in the background; {@code onChange} tells the app.
 */
public final class SettingsViewModel {

    /** The languages offered, as codes. */
    public static final List<String> LANGUAGES = List.of("zh", "en");

    private final SettingsStore store;
    private final BackgroundExecutor executor;
    private final Consumer<AppSettings> onChange;
    private final ObjectProperty<String> language = new SimpleObjectProperty<>();
    private final IntegerProperty expiringSoonMinutes = new SimpleIntegerProperty();
    private final BooleanProperty notifications = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final String dataDir;
    private AppSettings current;

    public SettingsViewModel(AppSettings initial, String effectiveLanguage, String dataDir, SettingsStore store,
                             BackgroundExecutor executor, Consumer<AppSettings> onChange) {
        this.store = store;
        this.executor = executor;
        this.onChange = onChange;
        this.dataDir = dataDir;
        this.current = initial;
        language.set(effectiveLanguage);
        expiringSoonMinutes.set(initial.expiringSoonMinutes());
        notifications.set(initial.notifications());
        language.addListener((o, a, v) -> apply(current.withLanguage(v)));
        expiringSoonMinutes.addListener((o, a, v) -> apply(current.withExpiringSoonMinutes(v.intValue())));
        notifications.addListener((o, a, v) -> apply(current.withNotifications(v)));
    }

    public ObjectProperty<String> languageProperty() { return language; }
    public IntegerProperty expiringSoonMinutesProperty() { return expiringSoonMinutes; }
    public BooleanProperty notificationsProperty() { return notifications; }
    public ReadOnlyStringProperty saveErrorProperty() { return saveError.getReadOnlyProperty(); }
    public String dataDir() { return dataDir; }
    public String settingsFile() { return store.file().toString(); }

    private void apply(AppSettings next) {
        if (next.equals(current)) {
            return;
        }
        current = next;
        executor.submit(() -> {
            store.save(next);
            return next;
        }, saved -> saveError.set(""), e -> saveError.set(String.valueOf(e.getMessage())));
        onChange.accept(next);
    }
}
