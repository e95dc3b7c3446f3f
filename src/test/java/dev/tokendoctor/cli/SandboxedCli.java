package dev.tokendoctor.cli;

import dev.tokendoctor.oauth.client.ConnectionProfile;
import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.Grants;
import dev.tokendoctor.oauth.client.OAuthClientConfig;
import dev.tokendoctor.oauth.client.OAuthFlow;
import dev.tokendoctor.oauth.client.Provider;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.storage.AppSettings;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.storage.SettingsStore;
import dev.tokendoctor.storage.TokenJson;
import dev.tokendoctor.testing.SandboxSignIn;
import java.net.ProxySelector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/** A data folder whose settings point the app at a running sandbox, as a user's settings point it at Coze. */
final class SandboxedCli {

    /** Writes settings for {@code baseUrl} with the PKCE demo app (and its device app as client for the device flow). */
    static void pointAt(Path dataDir, String baseUrl, String clientId, String redirectUri) throws Exception {
        new SettingsStore(dataDir).save(AppSettings.DEFAULT.withConnection(new ConnectionSettings("CUSTOM", baseUrl, "PKCE",
                clientId, redirectUri, "", "", 60, false)));
    }

    /** Signs in through the sandbox's consent page (PKCE) and stores the tokens in {@code dataDir}; the grant. */
    static TokenGrant signedIn(Path dataDir, CozeSandbox sandbox) throws Exception {
        String redirect = sandbox.demo().pkceRedirectUris().get(0);
        pointAt(dataDir, sandbox.baseUrl(), sandbox.demo().pkceClientId(), redirect);
        CozeEndpoints endpoints = CozeEndpoints.custom(sandbox.baseUrl());
        ConnectionProfile profile = new ConnectionProfile(Provider.CUSTOM, endpoints, OAuthFlow.PKCE,
                sandbox.demo().pkceClientId(), null, redirect, null);
        try (CozeOAuthClient client = new CozeOAuthClient(endpoints,
                OAuthClientConfig.defaults().withProxySelector(ProxySelector.of(null)), Clock.systemUTC(), new ExchangeLog())) {
            TokenGrant grant = SandboxSignIn.signIn(profile, client);
            TokenFiles.store(dataDir, new String(TokenJson.toBytes(Grants.toRecord(grant)), StandardCharsets.UTF_8));
            return grant;
        }
    }

    private SandboxedCli() {
    }
}
