package dev.tokendoctor.corpus;

import com.coze.openapi.client.auth.GetJWTAccessTokenReq;
import com.coze.openapi.client.bots.RetrieveBotReq;
import com.coze.openapi.service.auth.DeviceOAuthClient;
import com.coze.openapi.service.auth.JWTOAuthClient;
import com.coze.openapi.service.auth.PKCEOAuthClient;
import com.coze.openapi.service.auth.TokenAuth;
import com.coze.openapi.service.auth.WebOAuthClient;
import com.coze.openapi.service.service.CozeAPI;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.DemoCredentials;
import dev.tokendoctor.sandbox.FaultKind;
import dev.tokendoctor.sandbox.SandboxConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the official Java SDK ({@code com.coze:coze-api}) against the sandbox with every fault
 * switch and wrong setting, and against real network failures; prints one JSON line per text:
 * the exception's {@code toString()} and its full stack trace. The kind is what the scenario did.
 * Arguments: the fault servers' ports as JSON (from scripts/corpus/fault_servers.py).
 */
public final class JavaSdkCorpusMain {

    /** One call that is expected to throw. */
    @FunctionalInterface
    interface Call {
        Object run() throws Exception;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private JavaSdkCorpusMain() {
    }

    public static void main(String[] args) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Integer> ports = JSON.readValue(args[0], Map.class);
        try (CozeSandbox sandbox = CozeSandbox.start(SandboxConfig.defaults().withApiHost("127.0.0.1"))) {
            run(sandbox, ports);
        }
        System.exit(0); // the SDK's OkHttp threads would keep the JVM alive
    }

    private static void run(CozeSandbox sandbox, Map<String, Integer> ports) throws Exception {
        DemoCredentials demo = sandbox.demo();
        String base = sandbox.baseUrl();
        WebOAuthClient web = new WebOAuthClient.WebOAuthBuilder().clientID(demo.webClientId())
                .clientSecret("wrong-secret-0123456789").baseURL(base).build();
        scenario("web-wrong-secret", "INVALID_CLIENT", () -> web.getAccessToken("code_x", demo.webRedirectUris().get(0)));
        WebOAuthClient webOk = new WebOAuthClient.WebOAuthBuilder().clientID(demo.webClientId())
                .clientSecret(demo.webClientSecret()).baseURL(base).build();
        scenario("web-bad-code", "AUTHORIZATION_CODE_INVALID", () -> webOk.getAccessToken("code_used", demo.webRedirectUris().get(0)));
        scenario("web-refresh-unknown", "REFRESH_TOKEN_INVALID", () -> webOk.refreshToken("not-a-refresh-token"));
        PKCEOAuthClient pkce = new PKCEOAuthClient.PKCEOAuthBuilder().clientID(demo.pkceClientId()).baseURL(base).build();
        scenario("pkce-bad-code", "AUTHORIZATION_CODE_INVALID", () -> pkce.getAccessToken("code_x", demo.pkceRedirectUris().get(0), "v".repeat(50)));
        PKCEOAuthClient pkceSecret = new PKCEOAuthClient.PKCEOAuthBuilder().clientID(demo.pkceClientId())
                .clientSecret("a-secret-on-a-pkce-app").baseURL(base).build();
        // coze-java sends no secret on a PKCE refresh: the sandbox only sees an unknown refresh token
        scenario("pkce-with-secret", "REFRESH_TOKEN_INVALID", () -> pkceSecret.refreshToken("whatever"));
        DeviceOAuthClient device = new DeviceOAuthClient.DeviceOAuthBuilder().clientID(demo.deviceClientId()).baseURL(base).build();
        String code = device.getDeviceCode().getDeviceCode();
        scenario("device-pending", "DEVICE_POLLING", () -> device.getAccessToken(code, false));
        scenario("device-unknown-code", "DEVICE_CODE_EXPIRED", () -> device.getAccessToken("no-such-device-code", false));
        DeviceOAuthClient wrongType = new DeviceOAuthClient.DeviceOAuthBuilder().clientID(demo.pkceClientId()).baseURL(base).build();
        scenario("device-wrong-type", "APP_DISABLED_OR_WRONG_TYPE", () -> wrongType.getDeviceCode("7350000000000000001"));
        jwtScenarios(sandbox, demo, base);
        for (Object[] f : new Object[][] {{FaultKind.HTTP_500, "SERVER_ERROR"}, {FaultKind.HTTP_503, "SERVER_ERROR"},
                {FaultKind.HTTP_429, "RATE_LIMITED"}, {FaultKind.DROP_CONNECTION, "CONNECTION_FAILURE"},
                {FaultKind.HTML_ERROR_PAGE, "SERVER_ERROR"}, {FaultKind.MALFORMED_JSON, "SERVER_ERROR"}}) {
            sandbox.faults().always((FaultKind) f[0]);
            scenario("fault-" + f[0] + "-device", (String) f[1], device::getDeviceCode);
            sandbox.faults().clearAll();
        }
        sandbox.faults().delay(Duration.ofSeconds(3), false);
        DeviceOAuthClient impatient = new DeviceOAuthClient.DeviceOAuthBuilder().clientID(demo.deviceClientId())
                .baseURL(base).readTimeout(500).build();
        scenario("fault-delay-read-timeout", "TIMEOUT", impatient::getDeviceCode);
        sandbox.faults().clearAll();
        // business(): coze-java 0.4.2 reports the stub's answers as "CozeApiException(code=1, msg=unknown)":
        // texts that name no cause, so they are not in the corpus.
        network(ports, demo);
    }

    private static void jwtScenarios(CozeSandbox sandbox, DemoCredentials demo, String base) throws Exception {
        scenario("jwt-wrong-kid", "REGION_MISMATCH", () -> jwt(demo.jwtAppId(), "not-a-registered-kid", demo.jwtPrivateKeyPem(), base).getAccessToken());
        scenario("jwt-wrong-app-id", "JWT_REJECTED", () -> jwt("1111111111", demo.jwtKid(), demo.jwtPrivateKeyPem(), base).getAccessToken());
        scenario("jwt-other-key", "JWT_REJECTED", () -> jwt(demo.jwtAppId(), demo.jwtKid(), otherKey(), base).getAccessToken());
        scenario("jwt-key-garbled", "JWT_REJECTED", () -> jwt(demo.jwtAppId(), demo.jwtKid(),
                "-----BEGIN PRIVATE KEY-----\nnot really a key\n-----END PRIVATE KEY-----", base).getAccessToken());
        scenario("jwt-no-key", "CONFIGURATION_MISSING", () -> jwt(demo.jwtAppId(), demo.jwtKid(), null, base));
        scenario("jwt-account-wrong-kid", "REGION_MISMATCH", () -> jwt(demo.jwtAppId(), "kid-from-coze-com", demo.jwtPrivateKeyPem(), base)
                .getAccessToken(GetJWTAccessTokenReq.builder().accountID(7340000000000000042L).build()));
        scenario("jwt-wrong-aud", "JWT_REJECTED", () -> new JWTOAuthClient.JWTOAuthBuilder().clientID(demo.jwtAppId()).publicKey(demo.jwtKid())
                .privateKey(demo.jwtPrivateKeyPem()).baseURL("http://localhost:" + sandbox.port()).build().getAccessToken());
        scenario("jwt-bad-ttl", "PARAMETER_ERROR", () -> jwt(demo.jwtAppId(), demo.jwtKid(), demo.jwtPrivateKeyPem(), base).getAccessToken(999999));
        sandbox.faults().always(FaultKind.REGION_MISMATCH);
        scenario("jwt-region-fault", "REGION_MISMATCH", () -> jwt(demo.jwtAppId(), demo.jwtKid(), demo.jwtPrivateKeyPem(), base).getAccessToken());
        sandbox.faults().clearAll();
    }

    private static void network(Map<String, Integer> ports, DemoCredentials demo) throws Exception {
        Object[][] targets = {{"closed-port", "CONNECTION_FAILURE", "http://127.0.0.1:" + ports.get("closed")},
                {"invalid-host", "DNS_FAILURE", "https://api.coze.invalid"},
                {"self-signed", "TLS_FAILURE", "https://127.0.0.1:" + ports.get("tls")},
                {"blackhole", "TIMEOUT", "http://127.0.0.1:" + ports.get("blackhole")}};
        for (Object[] t : targets) {
            DeviceOAuthClient client = new DeviceOAuthClient.DeviceOAuthBuilder().clientID(demo.deviceClientId())
                    .baseURL((String) t[2]).connectTimeout(1500).readTimeout(1500).build();
            scenario("net-" + t[0] + "-device", (String) t[1], client::getDeviceCode);
            CozeAPI api = new CozeAPI.Builder().baseURL((String) t[2]).auth(new TokenAuth("czu_" + "x".repeat(40)))
                    .connectTimeout(1500).readTimeout(1500).build();
            scenario("net-" + t[0] + "-bots", (String) t[1], () -> api.bots().retrieve(RetrieveBotReq.of("7351234567890123456")));
        }
        for (String proxy : new String[] {"proxy407", "proxy403"}) {
            okhttp3.OkHttpClient viaProxy = new okhttp3.OkHttpClient.Builder().proxy(new java.net.Proxy(java.net.Proxy.Type.HTTP,
                    new java.net.InetSocketAddress("127.0.0.1", ports.get(proxy)))).build();
            DeviceOAuthClient client = new DeviceOAuthClient.DeviceOAuthBuilder().clientID(demo.deviceClientId())
                    .baseURL("https://api.coze.cn").client(viaProxy).build();
            scenario("net-" + proxy + "-device", "PROXY_FAILURE", client::getDeviceCode);
        }
    }

    private static JWTOAuthClient jwt(String appId, String kid, String key, String base) throws Exception {
        return new JWTOAuthClient.JWTOAuthBuilder().clientID(appId).publicKey(kid).privateKey(key).baseURL(base).build();
    }

    private static String otherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----";
    }

    private static void scenario(String id, String kind, Call call) throws Exception {
        try {
            call.run();
            System.err.println("scenario " + id + " did not fail");
        } catch (Exception e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            emit("java-" + id + "-toString", kind, "com.coze:coze-api 0.4.2 toString()", e.toString());
            emit("java-" + id + "-stacktrace", kind, "com.coze:coze-api 0.4.2 stack trace", trace.toString());
        }
    }

    private static void emit(String id, String kind, String source, String text) throws Exception {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("kind", kind);
        line.put("source", source);
        line.put("text", text);
        System.out.println(JSON.writeValueAsString(line));
    }
}
