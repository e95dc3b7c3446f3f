package dev.tokendoctor.service;

import dev.tokendoctor.oauth.client.ConnectionProfile;
import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.CozeRegion;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.oauth.client.JwtAppCredentials;
import dev.tokendoctor.oauth.client.OAuthClientConfig;
import dev.tokendoctor.oauth.client.OAuthFlow;
import dev.tokendoctor.oauth.client.Provider;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.DemoCredentials;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.storage.SecretStore;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns the connection settings into a {@link ConnectionProfile} and a client. With the sandbox
 * (the default) it starts the built-in Coze-compatible server on first use and takes its demo apps;
 * the server keeps running until the app closes. Call from background threads: it may start a server.
 */
public final class ConnectionService implements AutoCloseable {

    private final Supplier<ConnectionSettings> settings;
    private final SecretStore secrets;
    private final Clock clock;
    private final ExchangeLog log;
    private final SandboxConfig sandboxConfig;
    private CozeSandbox sandbox;
    // volatile: read without the lock by lastClockSkew(), which the UI's tick calls while a sandbox may be starting
    private volatile CozeOAuthClient client;
    private ConnectionProfile clientProfile;

    public ConnectionService(Supplier<ConnectionSettings> settings, SecretStore secrets, Clock clock, ExchangeLog log,
                             SandboxConfig sandboxConfig) {
        this.settings = settings;
        this.secrets = secrets;
        this.clock = clock;
        this.log = log;
        this.sandboxConfig = sandboxConfig.withClock(clock);
    }

    public ExchangeLog log() {
        return log;
    }

    /** The profile the settings describe now. */
    public synchronized ConnectionProfile profile() throws IOException {
        ConnectionSettings s = settings.get();
        Provider provider = Provider.parse(s.provider());
        OAuthFlow flow = OAuthFlow.parse(s.flow());
        if (provider == Provider.SANDBOX) {
            return sandboxProfile(flow);
        }
        CozeEndpoints endpoints = switch (provider) {
            case COZE_CN -> CozeEndpoints.of(CozeRegion.CN);
            case COZE_COM -> CozeEndpoints.of(CozeRegion.COM);
            default -> CozeEndpoints.custom(s.customBaseUrl());
        };
        JwtAppCredentials jwt = null;
        if (flow == OAuthFlow.JWT) {
            jwt = new JwtAppCredentials(s.jwtAppId(), s.jwtKeyId(), secrets.get(SecretStore.PRIVATE_KEY).orElse(""), s.accountId());
        }
        String secret = flow == OAuthFlow.AUTHORIZATION_CODE ? secrets.get(SecretStore.CLIENT_SECRET).orElse(null) : null;
        return new ConnectionProfile(provider, endpoints, flow, s.clientId(), secret, s.redirectUri(), jwt, s.workspaceId());
    }

    private ConnectionProfile sandboxProfile(OAuthFlow flow) throws IOException {
        CozeSandbox running = sandbox();
        DemoCredentials demo = running.demo();
        CozeEndpoints endpoints = CozeEndpoints.custom(running.baseUrl());
        return switch (flow) {
            case AUTHORIZATION_CODE -> new ConnectionProfile(Provider.SANDBOX, endpoints, flow, demo.webClientId(),
                    demo.webClientSecret(), demo.webRedirectUris().get(0), null);
            case DEVICE -> new ConnectionProfile(Provider.SANDBOX, endpoints, flow, demo.deviceClientId(), null, null, null);
            case JWT -> new ConnectionProfile(Provider.SANDBOX, endpoints, flow, demo.jwtAppId(), null, null,
                    new JwtAppCredentials(demo.jwtAppId(), demo.jwtKid(), demo.jwtPrivateKeyPem()));
            default -> new ConnectionProfile(Provider.SANDBOX, endpoints, flow, demo.pkceClientId(), null,
                    demo.pkceRedirectUris().get(demo.pkceRedirectUris().size() - 1), null);
        };
    }

    /** The running sandbox, started on first use. */
    public synchronized CozeSandbox sandbox() throws IOException {
        if (sandbox == null) {
            sandbox = CozeSandbox.start(sandboxConfig);
        }
        return sandbox;
    }

    public synchronized Optional<CozeSandbox> runningSandbox() {
        return Optional.ofNullable(sandbox);
    }

    /** A client for the current profile (made anew when the endpoints change). */
    public synchronized CozeOAuthClient client() throws IOException {
        ConnectionProfile profile = profile();
        if (client == null || clientProfile == null || !clientProfile.endpoints().equals(profile.endpoints())) {
            if (client != null) {
                client.close();
            }
            client = new CozeOAuthClient(profile.endpoints(), OAuthClientConfig.defaults(), clock, log);
            clientProfile = profile;
        }
        return client;
    }

    /** Whether the HTTP client exists yet: it is built for the first request, not when a refresh is only planned. */
    public synchronized boolean clientBuilt() {
        return client != null;
    }

    /** The clock skew measured on the last exchange, without starting anything or waiting for this service's lock. */
    public Optional<java.time.Duration> lastClockSkew() {
        CozeOAuthClient current = client;
        return current == null ? Optional.empty() : current.lastClockSkew();
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
