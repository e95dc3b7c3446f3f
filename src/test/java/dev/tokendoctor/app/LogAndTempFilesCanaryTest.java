package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.diagnosis.ConfigCheck;
import dev.tokendoctor.core.diagnosis.ConfigReport;
import dev.tokendoctor.core.diagnosis.EnvFile;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.report.BundleInput;
import dev.tokendoctor.report.SupportBundle;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.service.ConnectionService;
import dev.tokendoctor.service.RefreshService;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.storage.source.FolderSnapshot;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.sqlite.FirefoxStorageSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's own files after a scan, a refresh and a bundle export, with the same planted inputs as
 * {@code hardening.EverywhereCanaryTest} (each canary carrying this run's marker): the rotating log
 * in {@code <data>/logs} — every failure logged the way the app logs one, the exception holding the
 * secrets — holds none; the data folder holds no temp file and no scan copy, and nothing outside the
 * app's own stores holds a secret; no file that appeared in the temporary folder does either.
 */
class LogAndTempFilesCanaryTest {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    final String marker = "CNRY" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    final String access = "czu_" + marker + "access0123456789abcdef";
    final String refresh = marker + "refresh0123456789abcdef";
    final String clientSecret = marker + "clientSecret0123456789";
    final String privateKey = "-----BEGIN PRIVATE KEY-----\nMIIEvQ" + marker + "privateKeyBody0123456789abcdef\n-----END PRIVATE KEY-----\n";
    final String proxy = "socks5://" + marker + "proxyUser:" + marker + "proxyPw@proxy:1080";
    final String pasted = "{'access_token': '" + access + "'}\n令牌：" + marker + "label0123\nCookie: sessionid=" + marker
            + "cookie0123\nX-Coze-Session: " + marker + "session0123\n" + privateKey.replace("\n", "\\n");
    final String env = "VITE_COZE_APPSECRET=" + marker + "envAppSecret1\nDB_PASS=" + marker + "envPass1\nHTTPS_PROXY=" + proxy + "\n";

    @TempDir
    Path temp;

    @Test
    void afterAScanARefreshAndABundleExportNoLogOrLeftoverFileHoldsASecret() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("data"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Set<Path> tmpBefore = tmpEntries();
        System.Logger log = System.getLogger("dev.tokendoctor.app.Canary");
        try (LogFile file = LogFile.install(dir); CozeSandbox sandbox = CozeSandbox.start(SandboxConfig.defaults())) {
            FolderSnapshot.useScratchFolder(dir.resolve("scans"));
            StoredTokens stored = new StoredTokens(new FileTokenStore(dir, clock), new TokenParser(clock));
            stored.save(new TokenRecord(access, refresh, NOW.minusSeconds(60), NOW.minusSeconds(900), NOW.minusSeconds(900), "Bearer", null));
            SecretStore secrets = new SecretStore(dir, Optional::empty);
            secrets.put(SecretStore.CLIENT_SECRET, clientSecret);
            secrets.put(SecretStore.PRIVATE_KEY, privateKey);
            ConnectionSettings settings = new ConnectionSettings("CUSTOM", sandbox.baseUrl(), "AUTHORIZATION_CODE",
                    sandbox.demo().webClientId(), sandbox.demo().webRedirectUris().get(0), "", "", 60, false);
            new SettingsStore(dir).save(AppSettings.DEFAULT.withConnection(settings));

            ScanResult scan = new FirefoxStorageSource("Firefox", browserStore()).scan();
            log.log(System.Logger.Level.WARNING, "scan: " + scan, new IOException("scan errors " + scan.errors()));

            ExchangeLog exchanges = new ExchangeLog();
            try (RefreshService refresher = new RefreshService(new ConnectionService(() -> settings, secrets, clock, exchanges,
                    SandboxConfig.defaults()), stored, clock, () -> settings, outcome -> { })) {
                OAuthOutcome outcome = refresher.refreshNow();
                log.log(System.Logger.Level.WARNING, "refresh failed: " + outcome, new IOException(exchanges.snapshot().toString()));
            }
            assertThat(exchanges.snapshot()).as("the refresh reached the sandbox").isNotEmpty();

            ConfigReport config = new ConfigCheck("/oauth/callback").check(EnvFile.parse(".env", env));
            Path bundle = temp.resolve("bundle.zip");
            SupportBundle.build(BundleInput.at(NOW, ZoneOffset.UTC).withConfig(config).withExchanges(exchanges.snapshot())
                    .withUserText("pasted " + access, pasted).withSecrets(List.of(clientSecret, privateKey))).writeTo(bundle);
            assertThat(read(bundle)).isNotEmpty();
            log.log(System.Logger.Level.WARNING, "what a user pasted and loaded: " + pasted + "\n" + env,
                    // as components word their failures: a secret under its name or in its own shape (the log
                    // knows no literal secrets, so a bare opaque one is out of its reach: docs/security.md)
                    new IllegalStateException("{\"refresh_token\":\"" + refresh + "\",\"client_secret\":\"" + clientSecret
                            + "\"} " + privateKey + " Bearer " + access));
        } finally {
            FolderSnapshot.useScratchFolder(null);
        }

        String logs = logText(dir);
        assertThat(logs).contains("WARNING").contains("refresh failed").doesNotContain(marker);
        assertNoLeftovers(dir, tmpBefore);
        assertThat(zipEntriesText(temp.resolve("bundle.zip"))).contains("report.json").doesNotContain(marker);
    }

    private Path browserStore() throws Exception {
        Path profile = BrowserFixtures.copy(BrowserFixtures.FIREFOX_PROFILE, temp.resolve("firefox"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + profile.resolve("webappsstore.sqlite"));
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO webappsstore2 VALUES ('', 'tsohlacol.:http:8082', 'x', 'coze_oauth_tokens_2', "
                    + "'{\"access_token\":\"czu_" + marker + "browser0123456\"}')");
        }
        return profile;
    }

    private static String logText(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir.resolve("logs"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("doctor-\\d+\\.log(\\.\\d+)?")).toList()) {
                all.append(read(f));
            }
        }
        return all.toString();
    }

    /** The data folder outside the app's own stores, and whatever appeared in the temporary folder. */
    private void assertNoLeftovers(Path dir, Set<Path> tmpBefore) throws IOException {
        Set<String> ownStores = Set.of("tokens.json", "secrets.json");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(f.getFileName().toString()).as(f.toString()).doesNotEndWith(".tmp");
                if (!ownStores.contains(f.getFileName().toString())) {
                    assertThat(read(f)).as(f.toString()).doesNotContain(marker);
                }
            }
        }
        try (Stream<Path> scans = Files.list(dir.resolve("scans"))) {
            assertThat(scans).as("scan copies are deleted after the scan").isEmpty();
        }
        Set<Path> appeared = new HashSet<>(tmpEntries());
        appeared.removeAll(tmpBefore);
        for (Path entry : appeared) {
            try (Stream<Path> files = Files.walk(entry)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(read(f)).as(f.toString()).doesNotContain(marker);
                }
            } catch (IOException | java.io.UncheckedIOException goneOrNotOurs) {
                // removed while we looked, or not readable by us: not written by this test
            }
        }
    }

    private static Set<Path> tmpEntries() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return new HashSet<>(entries.toList());
        }
    }

    private static String read(Path f) {
        try {
            return Files.size(f) > 64L * 1024 * 1024 ? "" : new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    private static String zipEntriesText(Path zip) throws IOException {
        StringBuilder all = new StringBuilder();
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                all.append(e.getName()).append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
