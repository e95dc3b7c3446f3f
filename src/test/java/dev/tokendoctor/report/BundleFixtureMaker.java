package dev.tokendoctor.report;

import dev.tokendoctor.core.diagnosis.ConfigCheck;
import dev.tokendoctor.core.diagnosis.Diagnoser;
import dev.tokendoctor.core.diagnosis.EnvFile;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.ConnectionProfile;
import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.DiagnosisEvidence;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.Grants;
import dev.tokendoctor.oauth.client.OAuthClientConfig;
import dev.tokendoctor.oauth.client.OAuthFlow;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.Provider;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.oauth.network.NetworkCheck;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.FaultKind;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.testing.SandboxSignIn;
import java.net.ProxySelector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes a support bundle the way the app's main branch wrote them on 2026-12-01, from real
 * exchanges with the sandbox (a sign-in, a probe, a refused refresh), a real network check, the
 * .env check of a fixture and a pasted console error. Run once; the zip is kept as
 * {@code src/test/resources/fixtures/bundles/}, so later versions prove they still open it:
 * {@code java -cp target/classes:target/test-classes:$(cat test-classpath) dev.tokendoctor.report.BundleFixtureMaker OUT.zip}.
 */
public final class BundleFixtureMaker {

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemUTC();
        ExchangeLog log = new ExchangeLog();
        try (CozeSandbox sandbox = CozeSandbox.start(SandboxConfig.defaults());
             CozeOAuthClient client = new CozeOAuthClient(CozeEndpoints.custom(sandbox.baseUrl()),
                     OAuthClientConfig.defaults().withProxySelector(ProxySelector.of(null)), clock, log)) {
            String clientId = sandbox.demo().pkceClientId();
            ConnectionProfile profile = new ConnectionProfile(Provider.CUSTOM, CozeEndpoints.custom(sandbox.baseUrl()),
                    OAuthFlow.PKCE, clientId, null, sandbox.demo().pkceRedirectUris().get(0), null);
            TokenGrant grant = SandboxSignIn.signIn(profile, client);
            client.probe(grant.accessToken());
            sandbox.faults().once(FaultKind.REUSED_REFRESH_TOKEN);
            OAuthOutcome refused = client.refresh(clientId, grant.refreshToken(), null);
            TokenRecord record = Grants.toRecord(grant);
            Instant later = clock.instant().plusSeconds(600);
            String pasted = "POST " + sandbox.baseUrl() + "/api/permission/oauth2/token 400 (Bad Request)\n"
                    + "Token refresh failed: invalid_grant: refresh token has been used, refresh_token=" + grant.refreshToken();
            BundleInput in = BundleInput.at(later, ZoneId.of("Asia/Shanghai"))
                    .withToken(record, new HealthEvaluator(HealthPolicy.DEFAULT).evaluate(record, later),
                            "Chrome — Default, http://localhost:8082")
                    .withDiagnosis(new Diagnoser().diagnose(DiagnosisEvidence.ofRefresh(refused)))
                    .withConfig(new ConfigCheck(null).check(EnvFile.parse(".env",
                            Files.readAllBytes(Path.of("src/test/resources/fixtures/env/region-conflict.env")))))
                    .withNetwork(NetworkCheck.forThisMachine(clock).run(NetworkCheck.targets(CozeEndpoints.custom(sandbox.baseUrl())), null))
                    .withExchanges(log.snapshot())
                    .withUserText("1. Open http://localhost:8082/coze-test\n2. Wait for the access token to expire\n3. Click Refresh: invalid_grant",
                            pasted)
                    .withSecrets(List.of(sandbox.demo().webClientSecret()));
            SupportBundle.build(in).writeTo(Path.of(args[0]).toAbsolutePath());
        }
    }

    private BundleFixtureMaker() {
    }
}
