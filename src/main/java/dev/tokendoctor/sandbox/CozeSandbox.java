package dev.tokendoctor.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Coze-compatible OAuth server: authorize page, token endpoint (code, PKCE, refresh,
 * device, JWT), device code, {@code /v1/users/me} and the {@code /coze-test} sample app, with
 * short lifetimes, rotation and fault switches. It follows the protocol reference, not the
 * client's code, so the two can disagree.
 *
 * <pre>{@code
 * try (CozeSandbox sandbox = CozeSandbox.start(SandboxConfig.defaults())) {
 *     String token = sandbox.baseUrl() + CozeSandbox.TOKEN_PATH;
 *     sandbox.faults().once(FaultKind.HTTP_503);
 * }
 * }</pre>
 */
public final class CozeSandbox implements AutoCloseable {

    public static final String AUTHORIZE_PATH = "/api/permission/oauth2/authorize";
    public static final String TOKEN_PATH = "/api/permission/oauth2/token";
    public static final String DEVICE_CODE_PATH = "/api/permission/oauth2/device/code";
    public static final String USERS_ME_PATH = "/v1/users/me";
    public static final String DEVICE_VERIFICATION_PATH = DeviceFlow.VERIFICATION_PATH;
    public static final String COZE_TEST_PATH = CozeTestApp.PATH;

    private static final String WORKSPACE_AUTHORIZE = "/api/permission/oauth2/workspace_id/[^/]+/authorize";
    /** What the SDKs call when the app passes a workspace id; answers like the plain device code. */
    private static final String WORKSPACE_DEVICE_CODE = "/api/permission/oauth2/workspace_id/[^/]+/device/code";
    /** The enterprise JWT endpoint (the SDKs' {@code accountId}); takes the JWT grant only. */
    private static final String ACCOUNT_TOKEN = "/api/permission/oauth2/account/[^/]+/token";

    private final SandboxConfig config;
    private final HttpServer server;
    private final DateFront front;
    private final ExecutorService workers;
    private final String baseUrl;
    private final String apiHost;
    private final DemoCredentials demo;
    private final Faults faults;
    private final SandboxEvents events;

    private CozeSandbox(SandboxConfig config) throws IOException {
        this.config = config;
        this.faults = new Faults();
        this.events = new SandboxEvents(config.clock());
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        this.front = new DateFront(config.host(), config.port(), server.getAddress());
        String shownHost = "0.0.0.0".equals(config.host()) ? "127.0.0.1" : config.host();
        this.baseUrl = "http://" + shownHost + ":" + front.port();
        // The SDKs sign aud = the authority of the base URL they are given (coze-py: netloc).
        this.apiHost = config.apiHost() != null ? config.apiHost() : shownHost + ":" + front.port();
        DemoApps apps = DemoApps.create(baseUrl);
        this.demo = apps.credentials();
        server.createContext("/", routes(apps.registry()));
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "coze-sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
    }

    /** Binds, starts and returns a running sandbox with fresh demo apps. */
    public static CozeSandbox start(SandboxConfig config) throws IOException {
        CozeSandbox sandbox = new CozeSandbox(config);
        sandbox.server.start();
        sandbox.front.start();
        return sandbox;
    }

    private Dispatcher routes(ClientRegistry registry) {
        TokenLedger ledger = new TokenLedger(config);
        FaultInjector injector = new FaultInjector(faults, events, config.clock());
        DeviceFlow deviceFlow = new DeviceFlow(registry, ledger, events, config, baseUrl);
        TokenEndpoint token = new TokenEndpoint(new UserGrants(registry, ledger, events), deviceFlow,
                new JwtBearerGrant(registry, ledger, events, config, apiHost), injector, events);
        AuthorizeEndpoint authorize = new AuthorizeEndpoint(registry, ledger, events);
        DevicePage devicePage = new DevicePage(deviceFlow);
        CozeTestApp cozeTest = new CozeTestApp(demo.pkceClientId());
        return new Dispatcher(config.clock(), injector)
                .page("GET", AUTHORIZE_PATH, authorize::show)
                .page("POST", AUTHORIZE_PATH, authorize::decide)
                .page("GET", WORKSPACE_AUTHORIZE, authorize::show)
                .page("POST", WORKSPACE_AUTHORIZE, authorize::decide)
                .api("POST", TOKEN_PATH, token)
                .api("POST", DEVICE_CODE_PATH, deviceFlow::deviceCode)
                .api("POST", WORKSPACE_DEVICE_CODE, deviceFlow::deviceCode)
                .api("POST", ACCOUNT_TOKEN, new AccountTokenRoute(token))
                .api("GET", USERS_ME_PATH, new UsersMeEndpoint(ledger, faults, events, config.clock()))
                .page("GET", DeviceFlow.VERIFICATION_PATH, devicePage::show)
                .page("POST", DeviceFlow.VERIFICATION_PATH, devicePage::decide)
                .page("GET", CozeTestApp.PATH + "/?", cozeTest)
                .page("GET", CozeTestApp.CALLBACK_PATH, cozeTest)
                .page("GET", "/", new IndexPage(baseUrl, demo));
    }

    /** {@code http://127.0.0.1:<port>}: the API base and the web (authorize) base at once. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return front.port();
    }

    /**
     * The host a JWT's {@code aud} must name: the configured one (e.g. {@code api.coze.cn}), or by
     * default this sandbox's own {@code 127.0.0.1:PORT}.
     */
    public String apiHost() {
        return apiHost;
    }

    /** Ids, secret, redirect URIs and the JWT signing key of this run's demo apps. */
    public DemoCredentials demo() {
        return demo;
    }

    /** Fault switches, changeable while the sandbox runs. */
    public Faults faults() {
        return faults;
    }

    /** What the sandbox did so far, e.g. {@code events().count(EventKind.REFRESH_SERVED)}. */
    public SandboxEvents events() {
        return events;
    }

    public SandboxConfig config() {
        return config;
    }

    /** Stops listening; in-flight exchanges get no answer. */
    public void stop() {
        front.close();
        server.stop(0);
        workers.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }
}
