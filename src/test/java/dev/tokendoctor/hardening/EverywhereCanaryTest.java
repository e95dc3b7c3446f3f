package dev.tokendoctor.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.diagnosis.ConfigCheck;
import dev.tokendoctor.core.diagnosis.ConfigReport;
import dev.tokendoctor.core.diagnosis.Diagnoser;
import dev.tokendoctor.core.diagnosis.Diagnosis;
import dev.tokendoctor.core.diagnosis.EnvFile;
import dev.tokendoctor.core.diagnosis.Evidence;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.Exchange;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.network.NetworkReport;
import dev.tokendoctor.report.BundleInput;
import dev.tokendoctor.report.SupportBundle;
import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.SecretStore;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.sqlite.FirefoxStorageSource;
import dev.tokendoctor.testing.MemoryClipboard;
import dev.tokendoctor.testing.RecordingDialogs;
import dev.tokendoctor.testing.RecordingNotifier;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.netlog.ExchangeRow;
import dev.tokendoctor.ui.netlog.NetworkLogViewModel;
import dev.tokendoctor.ui.status.TokenStatusViewModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One canary per input path — the store, the secrets file, pasted text, a .env, HTTP bodies and
 * headers, a private key, proxy credentials, a browser store — and every output checked: the
 * support bundle (markdown, JSON, zip), the network log rows, details and copies, the status text
 * and "copy status", the clipboard, scan results, and files left on disk. No output may hold
 * the word CANARY (a fingerprint's two-letter prefix never spells it).
 */
class EverywhereCanaryTest {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    static final String ACCESS = "czu_CANARYaccess0123456789abcdefABCDEF";
    static final String REFRESH = "CANARYrefresh0123456789abcdef";
    static final String CLIENT_SECRET = "CANARYclientSecret0123456789";
    static final String PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQCANARYprivateKeyBody0123456789abcdef\n-----END PRIVATE KEY-----\n";

    @TempDir
    Path dir;

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final MemoryClipboard clipboard = new MemoryClipboard();
    final List<String> outputs = new ArrayList<>();

    @Test
    void noOutputHoldsAPlantedSecret() throws Exception {
        StoredTokens stored = new StoredTokens(new FileTokenStore(dir, clock), new TokenParser(clock));
        stored.save(new TokenRecord(ACCESS, REFRESH, NOW.minusSeconds(60), NOW.minusSeconds(900), NOW.minusSeconds(900), "Bearer", null));
        SecretStore secrets = new SecretStore(dir);
        secrets.put(SecretStore.CLIENT_SECRET, CLIENT_SECRET);
        secrets.put(SecretStore.PRIVATE_KEY, PRIVATE_KEY);

        ExchangeLog log = httpWithCanaries();
        String pasted = "{'access_token': '" + ACCESS + "', 'refresh_token': '" + REFRESH + "'}\n令牌：" + REFRESH
                + "\nCookie: sessionid=CANARYcookie01234; csrftoken=CANARYcsrf0123\nq=%7B%22client_secret%22%3A%22CANARYpct0123%22%7D\n"
                + "X-Coze-Session: CANARYsession0123\n" + PRIVATE_KEY.replace("\n", "\\n");
        ConfigReport config = new ConfigCheck("/oauth/callback").check(EnvFile.parse(".env",
                "VITE_COZE_APPSECRET=CANARYenvAppSecret1\nDB_PASS=CANARYenvPass1\nOPENAI_APIKEY=CANARYenvKey1\n"
                        + "HTTPS_PROXY=socks5://CANARYproxyUser:CANARYproxyPw@proxy:1080\nCOZE_AUTH=CANARYenvAuth1\n"));
        Diagnosis diagnosis = new Diagnoser().diagnose(List.of(new Evidence.PastedText(pasted), new Evidence.ConfigFindings(config)));
        NetworkReport network = new NetworkReport(List.of(), List.of(new NetworkReport.ProxySetting("ALL_PROXY",
                "socks5://CANARYproxyUser:CANARYproxyPw@proxy:1080")), Duration.ZERO, false);
        ScanResult browser = browserStoreWithCanary();

        StoredTokens.Found found = (StoredTokens.Found) stored.load();
        SupportBundle bundle = SupportBundle.build(BundleInput.at(NOW, ZoneId.of("Asia/Shanghai"))
                .withToken(found.parsed().record(), new HealthEvaluator(HealthPolicy.DEFAULT).evaluate(found.parsed().record(), NOW),
                        "app store " + ACCESS)
                .withDiagnosis(diagnosis).withConfig(config).withNetwork(network).withExchanges(log.snapshot())
                .withUserText("pasted " + ACCESS, pasted)
                .withSecrets(List.of(CLIENT_SECRET, PRIVATE_KEY, secrets.get(SecretStore.CLIENT_SECRET).orElseThrow())));
        outputs.add(bundle.preview());
        outputs.add(bundle.json());
        outputs.add(unzipped(bundle.zip()));
        networkLogOutputs(log);
        statusOutputs(stored, pasted);
        outputs.add(browser.toString());
        browser.errors().forEach(e -> outputs.add(e.toString()));
        diagnosis.findings().forEach(f -> outputs.add(f.toString()));

        assertThat(outputs).isNotEmpty().allSatisfy(out -> assertThat(out).doesNotContain("CANARY"));
        assertNoLeftoverFiles();
    }

    private static ExchangeLog httpWithCanaries() {
        ExchangeLog log = new ExchangeLog();
        log.record(new Exchange(0, NOW, "POST", "http://127.0.0.1:9/api/permission/oauth2/token?client_secret=" + CLIENT_SECRET, 400,
                Duration.ofMillis(5), List.of(new Exchange.Header("Authorization", "Bearer " + CLIENT_SECRET),
                new Exchange.Header("X-Coze-Session", "CANARYhdrSession01"), new Exchange.Header("Cookie", "a=CANARYhdrCookie01; b=2")),
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + REFRESH + "\"}",
                List.of(new Exchange.Header("Set-Cookie", "sid=CANARYsetCookie01; HttpOnly")),
                "{\"error\":\"invalid_grant\",\"error_message\":\"token " + REFRESH + " expired\",\"echo\":\"{\\\"access_token\\\":\\\""
                        + ACCESS + "\\\"}\"}", "failure mentions " + ACCESS), List.of(CLIENT_SECRET, REFRESH));
        return log;
    }

    private void networkLogOutputs(ExchangeLog log) {
        NetworkLogViewModel netLog = new NetworkLogViewModel(log, clipboard, Runnable::run, new Messages(Messages.ENGLISH), ZoneOffset.UTC);
        for (ExchangeRow row : netLog.exchanges()) {
            outputs.add(row.text());
            netLog.selectedProperty().set(row);
            outputs.add(netLog.detailsProperty().get());
            netLog.copySelected();
            outputs.add(clipboard.text().orElse(""));
        }
        netLog.copyAll();
        outputs.add(clipboard.text().orElse(""));
        netLog.close();
    }

    private void statusOutputs(StoredTokens stored, String pasted) {
        TokenStatusViewModel status = new TokenStatusViewModel(stored, new TokenParser(clock),
                () -> new HealthEvaluator(HealthPolicy.DEFAULT), clock, BackgroundExecutor.sameThread(), new RecordingDialogs(),
                new RecordingNotifier(), clipboard, new Messages(Messages.ENGLISH));
        status.loadStored();
        status.copyStatus();
        outputs.add(clipboard.text().orElse(""));
        outputs.add(String.valueOf(status.text()));
        status.pasteTextProperty().set(pasted);
        status.checkPastedText();
        outputs.add(status.errorProperty().get());
        outputs.add(status.infoProperty().get());
        outputs.add(String.valueOf(status.text()));
    }

    private ScanResult browserStoreWithCanary() throws Exception {
        Path profile = BrowserFixtures.copy(BrowserFixtures.FIREFOX_PROFILE, dir.resolve("firefox"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + profile.resolve("webappsstore.sqlite"));
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO webappsstore2 VALUES ('', 'tsohlacol.:http:8082', 'x', 'coze_oauth_tokens_2', '{\"access_token\":\"czu_CANARYbrowser0123456\"}')");
            s.execute("INSERT INTO webappsstore2 VALUES ('', NULL, 'x', 'k', 'CANARYbrowserValue')");
        }
        return new FirefoxStorageSource("Firefox", profile).scan();
    }

    /** Only the app's own stores hold secrets on disk; no temp file, and no scan copy with a canary anywhere. */
    private void assertNoLeftoverFiles() throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            assertThat(walk.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> scans = Files.list(tmp)) {
            for (Path scan : scans.filter(p -> p.getFileName().toString().startsWith("tokendoctor-scan")).toList()) {
                try (Stream<Path> files = Files.walk(scan)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain("CANARYbrowser");
                    }
                } catch (java.io.IOException | java.io.UncheckedIOException gone) {
                    // another test's scan copy disappeared while we looked: that is the point
                }
            }
        }
    }

    private static String unzipped(byte[] zip) throws Exception {
        StringBuilder out = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            while (in.getNextEntry() != null) {
                out.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }
}
