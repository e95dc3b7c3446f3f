package dev.tokendoctor.oauth.signin;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * A one-shot listener on the redirect URI's loopback host and port (RFC 8252 §7.3): the system
 * browser is sent there after consent; the first request to the redirect path completes
 * {@link #callback()} with its full URI and the listener closes.
 */
public final class LoopbackReceiver implements AutoCloseable {

    /** The port is taken, or the redirect URI is not a loopback http URI. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean portInUse;

        Unavailable(String message, boolean portInUse, Throwable cause) {
            super(message, cause);
            this.portInUse = portInUse;
        }

        public boolean portInUse() {
            return portInUse;
        }
    }

    private final HttpServer server;
    private final CompletableFuture<URI> callback = new CompletableFuture<>();

    private LoopbackReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens for {@code redirectUri}; answers the browser with {@code page} (an HTML sentence). */
    public static LoopbackReceiver listen(URI redirectUri, String page) throws Unavailable {
        String host = redirectUri.getHost();
        if (!"http".equalsIgnoreCase(redirectUri.getScheme()) || host == null
                || !(host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1"))) {
            throw new Unavailable("not a loopback http redirect URI: " + redirectUri, false, null);
        }
        int port = redirectUri.getPort() == -1 ? 80 : redirectUri.getPort();
        HttpServer server;
        try {
            InetAddress address = host.equals("localhost") ? InetAddress.getLoopbackAddress() : InetAddress.getByName(host.replace("[", "").replace("]", ""));
            server = HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (BindException e) {
            throw new Unavailable("port " + port + " is in use", true, e);
        } catch (IOException e) {
            throw new Unavailable("cannot listen on " + host + ":" + port, false, e);
        }
        LoopbackReceiver receiver = new LoopbackReceiver(server);
        String path = redirectUri.getPath() == null || redirectUri.getPath().isEmpty() ? "/" : redirectUri.getPath();
        server.createContext(path, exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            URI seen = URI.create(redirectUri.getScheme() + "://" + redirectUri.getRawAuthority() + exchange.getRequestURI());
            receiver.callback.complete(seen);
        });
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "loopback-receiver");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        receiver.callback.whenComplete((uri, e) -> new Thread(receiver::close, "loopback-close").start());
        return receiver;
    }

    /** Completes with the URI the browser came back to (query included). */
    public CompletableFuture<URI> callback() {
        return callback;
    }

    @Override
    public void close() {
        callback.cancel(false);
        server.stop(1);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
