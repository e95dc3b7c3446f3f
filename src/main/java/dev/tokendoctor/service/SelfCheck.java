package dev.tokendoctor.service;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.Grants;
import dev.tokendoctor.oauth.client.JwtAppCredentials;
import dev.tokendoctor.oauth.client.OAuthClientConfig;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.DemoCredentials;
import dev.tokendoctor.sandbox.SandboxConfig;
import java.io.PrintStream;
import java.net.ProxySelector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import org.xerial.snappy.Snappy;

/**
 * {@code --self-check}: proves, without a window, that this installation's libraries load and work
 * as the app uses them — the HTTP client against the built-in sandbox (a JWT-flow token and a
 * {@code /v1/users/me} probe), the verdict, SQLite and Snappy (the browser-store readers), a TLS
 * handshake with EC keys (what coze.cn needs) and a Chinese date. Run on the module path or from the
 * runtime image it catches a module that is missing from the graph or the image.
 */
public final class SelfCheck {

    /** In English: the launcher's {@code --self-check}, whose "self-check ok" the packaging smoke tests look for. */
    public static int run(PrintStream out) {
        return run(out, new Messages(Messages.ENGLISH));
    }

    /** Every step on its own line in {@code m}'s language; 0 when all passed. */
    public static int run(PrintStream out, Messages m) {
        Clock clock = Clock.systemUTC();
        try (CozeSandbox sandbox = CozeSandbox.start(SandboxConfig.defaults());
             CozeOAuthClient client = new CozeOAuthClient(CozeEndpoints.custom(sandbox.baseUrl()),
                     OAuthClientConfig.defaults().withProxySelector(ProxySelector.of(null)), clock, new ExchangeLog())) {
            DemoCredentials demo = sandbox.demo();
            OAuthOutcome token = client.jwtToken(new JwtAppCredentials(demo.jwtAppId(), demo.jwtKid(), demo.jwtPrivateKeyPem()),
                    CozeOAuthClient.DEFAULT_JWT_TOKEN_DURATION);
            step(out, m, "token", token instanceof OAuthOutcome.Success, token.getClass().getSimpleName());
            OAuthOutcome.Success success = (OAuthOutcome.Success) token;
            OAuthOutcome probe = client.probe(success.grant().accessToken());
            step(out, m, "probe", probe instanceof OAuthOutcome.Probed, probe.getClass().getSimpleName());
            TokenHealth health = new HealthEvaluator(HealthPolicy.DEFAULT).evaluate(Grants.toRecord(success.grant()), clock.instant());
            step(out, m, "verdict", true, m.get("state." + health.state()));
            step(out, m, "sqlite", sqliteWorks(), "");
            byte[] text = "coze_oauth_tokens".getBytes(StandardCharsets.UTF_8);
            step(out, m, "snappy", Arrays.equals(Snappy.uncompress(Snappy.compress(text)), text), "");
            step(out, m, "tls", true, SelfCheckTls.handshake(clock.instant()));
            String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.SIMPLIFIED_CHINESE)
                    .format(LocalDate.of(2026, 1, 2));
            step(out, m, "date", date.contains("年") && date.contains("星期"), date);
            out.println(m.get("selfcheck.ok"));
            return 0;
        } catch (StepFailed e) {
            out.println(m.get("selfcheck.failed", e.getMessage()));
            return 1;
        } catch (Exception | LinkageError e) {
            out.println(m.get("selfcheck.failed", e.toString()));
            return 1;
        }
    }

    private static boolean sqliteWorks() throws Exception {
        Path db = Files.createTempFile("self-check", ".sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("create table t(k text)");
            s.execute("insert into t values ('v')");
            try (ResultSet r = s.executeQuery("select k from t")) {
                return r.next() && "v".equals(r.getString(1));
            }
        } finally {
            Files.deleteIfExists(db);
        }
    }

    /** One passed step's line (the step's name from the bundles: {@code selfcheck.step.<id>}), or {@link StepFailed}. */
    private static void step(PrintStream out, Messages m, String id, boolean ok, String detail) {
        String name = m.get("selfcheck.step." + id);
        if (!ok) {
            throw new StepFailed(m.get("selfcheck.stepFailed", name, detail));
        }
        out.println(detail.isEmpty() ? m.get("selfcheck.passed", name) : m.get("selfcheck.passedWith", name, detail));
    }

    /** A step that ran but came out wrong; its message is already a sentence in the reader's language. */
    private static final class StepFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepFailed(String sentence) {
            super(sentence, null, false, false);
        }
    }

    private SelfCheck() {
    }
}
