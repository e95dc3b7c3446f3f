package dev.tokendoctor.oauth.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Accepts a connection, reads what the client sends first, writes a fixed reply (none by
 * default) and hangs up. A plain-text reply to a TLS ClientHello makes the handshake fail at once.
 */
public final class DroppingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    private final byte[] reply;

    public DroppingServer() {
        this(new byte[0]);
    }

    public DroppingServer(byte[] reply) {
        this.reply = reply.clone();
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::serve, "dropping-server");
        thread.setDaemon(true);
        thread.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                InputStream in = client.getInputStream();
                byte[] buffer = new byte[4096];
                in.read(buffer);
                client.getOutputStream().write(reply);
                client.getOutputStream().flush();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
