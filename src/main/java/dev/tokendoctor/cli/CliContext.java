package dev.tokendoctor.cli;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.service.ConnectionService;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.storage.DataDirectory;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.storage.StoredTokens;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The app's services for one command, over the same data folder and settings as the window: the
 * token store (with its backups), the parser and verdict, and the configured connection (started
 * only when a command talks to Coze). Closed when the command ends, which stops a sandbox it started.
 */
final class CliContext implements AutoCloseable {

    final Path dataDir;
    final Messages messages;
    final Clock clock;
    final AppSettings settings;
    final TokenParser parser;
    final StoredTokens stored;
    final ExchangeLog log = new ExchangeLog();
    private final SecretStore secrets;
    private ConnectionService connection;
    private ConnectionService deviceConnection;

    private CliContext(Path dataDir, Messages messages, Clock clock) {
        this.dataDir = dataDir;
        this.messages = messages;
        this.clock = clock;
        this.settings = new SettingsStore(dataDir).load();
        this.parser = new TokenParser(clock);
        this.stored = new StoredTokens(new FileTokenStore(dataDir, clock), parser);
        this.secrets = new SecretStore(dataDir);
    }

    static CliContext open(Path dataDir, Messages messages) {
        Path dir = dataDir != null ? dataDir : DataDirectory.defaultForThisMachine();
        return new CliContext(dir.toAbsolutePath(), messages, Clock.systemDefaultZone());
    }

    ZoneId zone() {
        return clock.getZone();
    }

    /** The verdict with the user's expiring-soon threshold, as the window uses it. */
    HealthEvaluator evaluator() {
        return new HealthEvaluator(HealthPolicy.DEFAULT.withExpiringSoon(Duration.ofMinutes(settings.expiringSoonMinutes())));
    }

    /** The configured connection (the built-in sandbox by default), made on first use. */
    synchronized ConnectionService connection() {
        if (connection == null) {
            connection = new ConnectionService(settings::connection, secrets, clock, log, sandbox());
        }
        return connection;
    }

    /**
     * The built-in sandbox as the window runs it: its grants live in the data folder, so a token one
     * command (or the window) got from it is still known to the next command.
     */
    private SandboxConfig sandbox() {
        return SandboxConfig.defaults().withGrantsFile(dataDir.resolve("sandbox").resolve("grants.json"));
    }

    /** The configured provider with the device flow, whatever flow the settings name (for {@code sign-in --device}). */
    synchronized ConnectionService deviceConnection() {
        if (deviceConnection == null) {
            ConnectionSettings c = settings.connection();
            ConnectionSettings device = new ConnectionSettings(c.provider(), c.customBaseUrl(), "DEVICE", c.clientId(),
                    c.redirectUri(), c.jwtAppId(), c.jwtKeyId(), c.refreshMarginSeconds(), c.autoRefresh(),
                    c.workspaceId(), c.accountId());
            deviceConnection = new ConnectionService(() -> device, secrets, clock, log, sandbox());
        }
        return deviceConnection;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
        if (deviceConnection != null) {
            deviceConnection.close();
        }
    }
}
