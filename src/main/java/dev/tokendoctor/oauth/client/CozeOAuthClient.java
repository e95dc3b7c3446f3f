package dev.tokendoctor.oauth.client;

import dev.tokendoctor.oauth.signin.AuthorizationRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tokendoctor.core.json.Json;
import dev.tokendoctor.core.redact.Redactor;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Coze OAuth client: authorization code (with client secret or PKCE), refresh, device code,
 * JWT service app, and the {@code /v1/users/me} token probe. Every method returns an
 * {@link OAuthOutcome} and never throws for network or protocol trouble. Every exchange is
 * recorded, redacted, in the {@link ExchangeLog}. Thread-safe; close it to free its connections.
 */
public final class CozeOAuthClient implements AutoCloseable {

    /** Grant type of the authorization-code exchange. */
    public static final String GRANT_AUTHORIZATION_CODE = "authorization_code";
    /** Grant type of a refresh. */
    public static final String GRANT_REFRESH_TOKEN = "refresh_token";
    /** Grant type of a device-code poll. */
    public static final String GRANT_DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code";
    /** Grant type of the service-app JWT exchange. */
    public static final String GRANT_JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    /** Access-token lifetime asked for by the JWT flow by default. */
    public static final Duration DEFAULT_JWT_TOKEN_DURATION = Duration.ofSeconds(900);
    /** Longest access-token lifetime Coze grants the JWT flow. */
    public static final Duration MAX_JWT_TOKEN_DURATION = Duration.ofSeconds(86_399);


    private final CozeEndpoints endpoints;
    private final Clock clock;
    private final HttpTransport transport;
    private final ResponseReader reader;

    /**
     * @param endpoints where to send requests (region or sandbox)
     * @param config    timeouts and proxy selection
     * @param clock     the time source for expiries, skew and JWT claims
     * @param log       where every exchange is recorded, redacted
     */
    public CozeOAuthClient(CozeEndpoints endpoints, OAuthClientConfig config, Clock clock, ExchangeLog log) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transport = new HttpTransport(config, clock, log);
        this.reader = new ResponseReader(clock, log.redactor());
    }

    /** Where this client sends requests. */
    public CozeEndpoints endpoints() {
        return endpoints;
    }

    /** Server {@code Date} minus the injected clock, from the most recent answer that had one. */
    public Optional<Duration> lastClockSkew() {
        return transport.skew().last();
    }

    /** The URL to open in a browser to start the code or PKCE flow. */
    public URI authorizationUrl(AuthorizationRequest request) {
        return request.toUri(endpoints);
    }

    /** Web backend app: exchanges a code; the secret goes in {@code Authorization}, never the body. */
    public OAuthOutcome exchangeCode(String clientId, String clientSecret, String redirectUri, String code) {
        return postToken(body("grant_type", GRANT_AUTHORIZATION_CODE, "client_id", clientId,
                "redirect_uri", redirectUri, "code", code), clientSecret, List.of(code), reader::token);
    }

    /** PKCE app: exchanges a code with its {@code code_verifier}; no client secret. */
    public OAuthOutcome exchangeCodePkce(String clientId, String redirectUri, String code, String codeVerifier) {
        return postToken(body("grant_type", GRANT_AUTHORIZATION_CODE, "client_id", clientId,
                "redirect_uri", redirectUri, "code", code, "code_verifier", codeVerifier),
                null, List.of(code, codeVerifier), reader::token);
    }

    /**
     * Trades a single-use refresh token for new tokens. A dead refresh token comes back as
     * {@link OAuthOutcome.ReauthorizationRequired} with the reason.
     *
     * @param clientSecret the web app's secret, or {@code null} for PKCE and device apps
     */
    public OAuthOutcome refresh(String clientId, String refreshToken, String clientSecret) {
        OAuthOutcome outcome = postToken(body("grant_type", GRANT_REFRESH_TOKEN, "client_id", clientId,
                "refresh_token", refreshToken), clientSecret, List.of(refreshToken), reader::token);
        return RefreshFailureClassifier.classify(outcome);
    }

    /** Starts the device flow: {@link OAuthOutcome.DeviceCodeIssued} on success. */
    public OAuthOutcome requestDeviceCode(String clientId) {
        return requestDeviceCode(clientId, null);
    }

    /** Starts the device flow for one workspace ({@code null} or blank: all of them). */
    public OAuthOutcome requestDeviceCode(String clientId, String workspaceId) {
        URI target = isBlank(workspaceId) ? endpoints.deviceCodeUri() : endpoints.workspaceDeviceCodeUri(workspaceId.strip());
        return post(target, body("client_id", clientId), null, List.of(), reader::deviceCode);
    }

    /** One device-code poll; {@link DeviceCodePoller} runs the loop. */
    public OAuthOutcome pollDeviceToken(String clientId, String deviceCode) {
        return postToken(body("client_id", clientId, "grant_type", GRANT_DEVICE_CODE,
                "device_code", deviceCode), null, List.of(deviceCode), reader::token);
    }

    /**
     * Service app: signs a JWT (RS256, {@code kid}, {@code typ: JWT}; {@code iss} = numeric app
     * id, {@code aud} = API host, {@code iat}, {@code exp}, unique {@code jti}) and sends it as
     * {@code Authorization: Bearer}. Bad credentials give {@link OAuthOutcome.InvalidInput}.
     *
     * @param duration the access token lifetime to ask for (1 s to 86399 s)
     */
    public OAuthOutcome jwtToken(JwtAppCredentials credentials, Duration duration) {
        return jwtToken(credentials, duration, credentials.accountId());
    }

    /** The JWT grant for an enterprise account ({@code null} or blank: the app's own token endpoint). */
    public OAuthOutcome jwtToken(JwtAppCredentials credentials, Duration duration, String accountId) {
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_JWT_TOKEN_DURATION) > 0) {
            return new OAuthOutcome.InvalidInput("duration", "duration_seconds must be 1..86399");
        }
        transport.redactor().remember(credentials.privateKeyPem());
        String jwt;
        try {
            jwt = JwtSigner.sign(credentials, endpoints.audience(), clock.instant());
        } catch (JwtSigner.InvalidCredentials e) {
            return new OAuthOutcome.InvalidInput(e.field(), e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("grant_type", GRANT_JWT_BEARER);
        body.put("duration_seconds", duration.getSeconds());
        URI target = isBlank(accountId) ? endpoints.tokenUri() : endpoints.accountTokenUri(accountId.strip());
        return post(target, body, jwt, List.of(credentials.privateKeyPem()), reader::token);
    }

    /** Asks {@code GET /v1/users/me} whether the token works: {@link OAuthOutcome.Probed} if so. */
    public OAuthOutcome probe(String accessToken) {
        return send(new HttpTransport.Request("GET", endpoints.usersMeUri(),
                List.of(bearer(accessToken)), null, List.of(accessToken)), reader::user);
    }

    private OAuthOutcome postToken(Map<String, Object> body, String bearerSecret, List<String> secrets,
                                   Function<HttpAnswer, OAuthOutcome> read) {
        return post(endpoints.tokenUri(), body, bearerSecret, secrets, read);
    }

    private OAuthOutcome post(URI uri, Map<String, Object> body, String bearerSecret,
                              List<String> secrets, Function<HttpAnswer, OAuthOutcome> read) {
        List<Exchange.Header> headers = new ArrayList<>();
        headers.add(new Exchange.Header("Accept", "application/json"));
        List<String> allSecrets = new ArrayList<>(secrets);
        if (bearerSecret != null) {
            headers.add(bearer(bearerSecret));
            allSecrets.add(bearerSecret);
        }
        String json;
        try {
            json = Json.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serializes", e);
        }
        return send(new HttpTransport.Request("POST", uri, headers, json, allSecrets), read);
    }

    private OAuthOutcome send(HttpTransport.Request request, Function<HttpAnswer, OAuthOutcome> read) {
        try {
            return read.apply(transport.send(request));
        } catch (HttpTransport.Failure failure) {
            return failure.outcome();
        }
    }

    private static Exchange.Header bearer(String secret) {
        return new Exchange.Header("Authorization", "Bearer " + secret);
    }

    private static Map<String, Object> body(String... keyValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put(keyValues[i], Objects.requireNonNull(keyValues[i + 1], keyValues[i]));
        }
        return body;
    }

    @Override
    public void close() {
        transport.close();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
