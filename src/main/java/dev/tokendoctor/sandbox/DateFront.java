package dev.tokendoctor.sandbox;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A byte-level TCP front for the JDK HTTP server. That server stamps every response with a
 * {@code Date} from the system clock and offers no way to change it; the sandbox needs the
 * Date of its injected clock (and a skewed one on demand). The front relays bytes unchanged
 * except in the response head, where it moves {@value Dispatcher#DATE_OVERRIDE} into
 * {@code Date} and spells header names canonically. Responses carry {@code Connection: close},
 * so each connection holds one exchange and one head to rewrite.
 */
final class DateFront implements AutoCloseable {

    private static final int MAX_HEAD = 64 * 1024;

    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private final ExecutorService pool;

    DateFront(String host, int port, InetSocketAddress upstream) throws IOException {
        this.server = new ServerSocket();
        this.server.setReuseAddress(true);
        this.server.bind(new InetSocketAddress(InetAddress.getByName(host), port), 50);
        this.upstream = upstream;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "coze-sandbox-front-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    int port() {
        return server.getLocalPort();
    }

    void start() {
        pool.execute(this::acceptLoop);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            try {
                pool.execute(() -> serve(client));
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // a connection accepted while the front closes: nobody will serve it
                try {
                    client.close();
                } catch (IOException ignored) {
                    // it is being dropped anyway
                }
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; Socket up = new Socket()) {
            up.connect(upstream, 5000);
            pool.execute(() -> pipeRequests(client, up));
            relayResponse(new BufferedInputStream(up.getInputStream()), client.getOutputStream());
        } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
            // The peer went away, or the front is closing: nothing to tell anyone.
        }
    }

    private static void pipeRequests(Socket client, Socket up) {
        try {
            client.getInputStream().transferTo(up.getOutputStream());
            up.shutdownOutput();
        } catch (IOException e) {
            // Either side closed; the response relay closes both.
        }
    }

    private static void relayResponse(InputStream in, OutputStream out) throws IOException {
        while (true) {
            byte[] head = readHead(in);
            if (head == null) {
                return; // upstream closed without answering: so does the front
            }
            String text = new String(head, StandardCharsets.ISO_8859_1);
            out.write(rewrite(text).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (!text.startsWith("HTTP/1.1 1")) {
                break; // interim 1xx heads are followed by the real one
            }
        }
        in.transferTo(out);
        out.flush();
    }

    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            last4 = (last4 << 8) | b;
            if (last4 == 0x0D0A0D0A) {
                return head.toByteArray();
            }
            if (head.size() > MAX_HEAD) {
                throw new IOException("response head too large");
            }
        }
        return head.size() == 0 ? null : head.toByteArray();
    }

    static String rewrite(String head) {
        String[] lines = head.split("\r\n", -1);
        String override = null;
        for (String line : lines) {
            if (line.regionMatches(true, 0, Dispatcher.DATE_OVERRIDE + ":", 0, Dispatcher.DATE_OVERRIDE.length() + 1)) {
                override = line.substring(Dispatcher.DATE_OVERRIDE.length() + 1).trim();
            }
        }
        StringBuilder sb = new StringBuilder(head.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (i == 0 || colon <= 0) {
                sb.append(line);
            } else {
                String name = canonical(line.substring(0, colon));
                if (name.equalsIgnoreCase(Dispatcher.DATE_OVERRIDE)) {
                    continue;
                }
                String value = line.substring(colon + 1).trim();
                if (override != null && name.equals("Date")) {
                    value = override;
                }
                sb.append(name).append(": ").append(value);
            }
            if (i < lines.length - 1) {
                sb.append("\r\n");
            }
        }
        return sb.toString();
    }

    private static String canonical(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.trim().toCharArray()) {
            sb.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return sb.toString();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        pool.shutdownNow();
    }
}
