package dev.tokendoctor.oauth.network;

import dev.tokendoctor.oauth.client.ClockSkewMeter;
import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.EnvProxySelector;

import dev.tokendoctor.core.diagnosis.Evidence.NetworkProblem;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.oauth.network.NetworkReport.Kind;
import dev.tokendoctor.oauth.network.NetworkReport.ProxySetting;
import dev.tokendoctor.oauth.network.NetworkReport.Result;
import dev.tokendoctor.oauth.network.NetworkReport.Step;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The guide's "check the network connection", done by the app: for each host, DNS resolution,
 * a TCP connection, the TLS handshake (https only) and an HTTP request without a token (Coze
 * answers {@code /v1/users/me} with code 4100); the proxy settings in effect; the clock offset
 * against the server's {@code Date}. Every step is timed and reported as it ends. One check per
 * instance; {@link #cancel()} from any thread stops it at once.
 */
public final class NetworkCheck {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*(-?\\d+)");

    private final Clock clock;
    private final Duration timeout;
    private final Map<String, String> env;
    private final Properties properties;
    private final ProxySelector proxySelector;
    private volatile boolean cancelled;
    private volatile Closeable current;

    /**
     * @param clock      the local clock the server's {@code Date} is compared with
     * @param timeout    for each connect and read
     * @param env        the environment variables to report
     * @param properties the Java system properties to report
     */
    public NetworkCheck(Clock clock, Duration timeout, Map<String, String> env, Properties properties) {
        this.clock = clock;
        this.timeout = timeout;
        this.env = Map.copyOf(env);
        this.properties = properties;
        this.proxySelector = new EnvProxySelector(env, ProxySelector.getDefault());
    }

    /** A check of this machine's real environment and properties. */
    public static NetworkCheck forThisMachine(Clock clock) {
        return new NetworkCheck(clock, Duration.ofSeconds(5), System.getenv(), System.getProperties());
    }

    /** The hosts to check for a deployment: the API base, and the web base when it is another host. */
    public static List<URI> targets(CozeEndpoints endpoints) {
        Set<URI> bases = new LinkedHashSet<>(List.of(endpoints.apiBase(), endpoints.webBase()));
        return List.copyOf(bases);
    }

    /** The number of steps {@link #run} reports for these targets. */
    public static int stepCount(List<URI> targets) {
        return 2 + 4 * targets.size();
    }

    /** Stops the check: the step under way fails as cancelled, the rest are not run. */
    public void cancel() {
        cancelled = true;
        Closeable c = current;
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // closing is how the step is interrupted; its own failure says nothing more
            }
        }
    }

    /**
     * Runs every step (blocking: call it in the background).
     *
     * @param targets  base URLs, e.g. {@code https://api.coze.cn}
     * @param progress told each step as it ends, with the number of steps done so far
     */
    public NetworkReport run(List<URI> targets, BiConsumer<Step, Integer> progress) {
        List<Step> steps = new ArrayList<>();
        BiConsumer<Step, Integer> report = progress == null ? (s, n) -> { } : progress;
        List<ProxySetting> proxies = proxySettings();
        add(steps, report, new Step("", Kind.PROXY, Result.OK, proxies.isEmpty() ? Msg.of("net.detail.noProxy")
                : Msg.of("net.detail.proxies", String.valueOf(proxies.size())), Duration.ZERO, null));
        Duration offset = null;
        for (URI target : targets) {
            Duration measured = checkHost(target, steps, report);
            offset = offset == null ? measured : offset;
        }
        add(steps, report, offset == null
                ? new Step("", Kind.CLOCK, Result.SKIPPED, Msg.of("net.detail.noDate"), Duration.ZERO, null)
                : new Step("", Kind.CLOCK, Result.OK, Msg.of("net.detail.clock", offset.toString()), Duration.ZERO, null));
        return new NetworkReport(steps, proxies, offset, cancelled);
    }

    /** Runs the four steps for one host; returns the clock offset its answer gave, or null. */
    private Duration checkHost(URI base, List<Step> steps, BiConsumer<Step, Integer> report) {
        String host = base.getHost();
        boolean https = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : https ? 443 : 80;
        String where = host + ":" + port;
        long t0 = System.nanoTime();
        InetAddress address;
        try {
            guard();
            InetAddress[] all = InetAddress.getAllByName(host);
            address = all[0];
            add(steps, report, ok(where, Kind.DNS, Msg.of("net.detail.resolved", join(all)), t0));
        } catch (IOException e) {
            add(steps, report, failed(where, Kind.DNS, e, t0));
            skipRest(where, steps, report, Kind.TCP, Kind.TLS, Kind.HTTP);
            return null;
        }
        boolean connected = connect(where, address, port, https, host, steps, report);
        // Behind a proxy a direct connection may be blocked while requests still get through.
        if (!connected && (cancelled || via(host, https).isEmpty())) {
            skipRest(where, steps, report, Kind.HTTP);
            return null;
        }
        return request(where, base, steps, report);
    }

    /** TCP, then TLS for https; false when either failed. */
    private boolean connect(String where, InetAddress address, int port, boolean https, String host,
                            List<Step> steps, BiConsumer<Step, Integer> report) {
        long t0 = System.nanoTime();
        try (Socket socket = new Socket()) {
            current = socket;
            guard();
            socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
            add(steps, report, ok(where, Kind.TCP, connected(address.getHostAddress() + ":" + port, via(host, https)), t0));
            if (!https) {
                add(steps, report, new Step(where, Kind.TLS, Result.SKIPPED,
                        Msg.of("net.detail.plainHttp"), Duration.ZERO, null));
                return true;
            }
            long t1 = System.nanoTime();
            try (SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                    .createSocket(socket, host, port, true)) {
                current = tls;
                tls.setSoTimeout((int) timeout.toMillis());
                tls.startHandshake();
                add(steps, report, ok(where, Kind.TLS, Msg.of("net.detail.tls", tls.getSession().getProtocol(),
                        tls.getSession().getCipherSuite()), t1));
                return true;
            } catch (IOException e) {
                add(steps, report, failed(where, Kind.TLS, e, t1));
                return false;
            }
        } catch (IOException e) {
            add(steps, report, failed(where, Kind.TCP, e, t0));
            skipRest(where, steps, report, Kind.TLS);
            return false;
        } finally {
            current = null;
        }
    }

    /** {@code GET /v1/users/me} without a token, through the proxy a request would take. */
    private Duration request(String where, URI base, List<Step> steps, BiConsumer<Step, Integer> report) {
        URI uri = URI.create(base + CozeEndpoints.USERS_ME_PATH);
        long t0 = System.nanoTime();
        HttpURLConnection http = null;
        try {
            guard();
            Proxy proxy = proxySelector.select(uri).get(0);
            http = (HttpURLConnection) uri.toURL().openConnection(proxy);
            HttpURLConnection open = http;
            current = open::disconnect;
            http.setConnectTimeout((int) timeout.toMillis());
            http.setReadTimeout((int) timeout.toMillis());
            http.setInstanceFollowRedirects(false);
            http.setRequestProperty("Accept", "application/json");
            int status = http.getResponseCode();
            Instant local = clock.instant();
            String body = read(status >= 400 ? http.getErrorStream() : http.getInputStream());
            Matcher code = CODE.matcher(body);
            String path = CozeEndpoints.USERS_ME_PATH;
            String answered = String.valueOf(status);
            Msg answer = !code.find() ? Msg.of("net.detail.httpNoJson", path, answered)
                    : "4100".equals(code.group(1)) ? Msg.of("net.detail.httpNoToken", path, answered)
                    : Msg.of("net.detail.httpCode", path, answered, code.group(1));
            add(steps, report, ok(where, Kind.HTTP, answer, t0));
            String date = http.getHeaderField("Date");
            return date == null ? null : ClockSkewMeter.parse(date).map(server -> Duration.between(server, local)).orElse(null);
        } catch (IOException | RuntimeException e) {
            add(steps, report, failed(where, Kind.HTTP, e, t0));
            return null;
        } finally {
            current = null;
            if (http != null) {
                http.disconnect();
            }
        }
    }

    private static String read(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        try (InputStream body = in) {
            return new String(body.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The proxy variables (either case) and properties that are set, passwords fingerprinted. */
    List<ProxySetting> proxySettings() {
        return NetworkChecks.proxySettings(env, properties);
    }

    /** The proxy a request to {@code host} goes through, empty when direct. */
    private String via(String host, boolean https) {
        URI uri = URI.create((https ? "https://" : "http://") + host);
        Proxy p = proxySelector.select(uri).get(0);
        return p.type() == Proxy.Type.DIRECT ? "" : String.valueOf(p.address());
    }

    private static Msg connected(String address, String proxy) {
        return proxy.isEmpty() ? Msg.of("net.detail.connected", address) : Msg.of("net.detail.connectedVia", address, proxy);
    }

    private void guard() throws IOException {
        if (cancelled) {
            throw new CancelledException();
        }
    }

    private void add(List<Step> steps, BiConsumer<Step, Integer> report, Step step) {
        steps.add(step);
        report.accept(step, steps.size());
    }

    private void skipRest(String where, List<Step> steps, BiConsumer<Step, Integer> report, Kind... kinds) {
        for (Kind kind : kinds) {
            add(steps, report, new Step(where, kind, Result.SKIPPED,
                    Msg.of(cancelled ? "net.detail.cancelled" : "net.detail.notRun"), Duration.ZERO, null));
        }
    }

    private static Step ok(String where, Kind kind, Msg detail, long t0) {
        return new Step(where, kind, Result.OK, detail, Duration.ofNanos(System.nanoTime() - t0), null);
    }

    private Step failed(String where, Kind kind, Exception e, long t0) {
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        if (cancelled || e instanceof CancelledException) {
            return new Step(where, kind, Result.SKIPPED, Msg.of("net.detail.cancelled"), took, null);
        }
        NetworkProblem.Kind problem = NetworkChecks.problemOf(kind, e);
        return new Step(where, kind, Result.FAILED, NetworkChecks.sentence(problem, where, e), took, problem);
    }

    private static String join(InetAddress[] all) {
        List<String> addresses = new ArrayList<>();
        for (InetAddress a : all) {
            addresses.add(a.getHostAddress());
        }
        return String.join(", ", addresses.subList(0, Math.min(4, addresses.size())));
    }

    /** Thrown inside a step when the check was cancelled. */
    private static final class CancelledException extends IOException {
        private static final long serialVersionUID = 1L;

        CancelledException() {
            super("cancelled", null);
        }
    }
}
