package dev.tokendoctor.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.SandboxConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sandbox's request parsing over real HTTP on 127.0.0.1: fuzzed methods, paths, queries, headers
 * and form or JSON bodies sent to its routes. Invariant: every request gets an answer (or a closed
 * connection for what is not HTTP at all), never a 500 (an exception in a route) and never a hang.
 */
class SandboxFuzzTest {

    private static final CozeSandbox SANDBOX = start();
    private static final List<String> PATHS = List.of(CozeSandbox.TOKEN_PATH, CozeSandbox.AUTHORIZE_PATH,
            CozeSandbox.DEVICE_CODE_PATH, CozeSandbox.USERS_ME_PATH, CozeSandbox.DEVICE_VERIFICATION_PATH, "/", "/x");

    @FuzzTest(maxDuration = "2m")
    void requests(FuzzedDataProvider data) {
        // Jazzer's SSRF detector would flag the harness's own connections to the sandbox
        try (SilentCloseable ignored = BugDetectors.allowNetworkConnections()) {
            sendFuzzed(data);
        }
    }

    private static void sendFuzzed(FuzzedDataProvider data) {
        String method = data.pickValue(List.of("GET", "POST", "OPTIONS", "PUT"));
        String path = data.pickValue(PATHS) + (data.consumeBoolean() ? "?" + ascii(data.consumeString(200)) : "");
        String contentType = data.pickValue(List.of("application/x-www-form-urlencoded", "application/json", "text/plain"));
        String header = ascii(data.consumeString(200)).replace("\r", "").replace("\n", "");
        byte[] body = data.consumeRemainingAsBytes();
        String head = method + " " + path.replace(" ", "%20") + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nAuthorization: Bearer " + header + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        String status; // on this thread: the allowance below is per thread; the socket's timeout bounds the wait
        try {
            status = send(head.getBytes(StandardCharsets.ISO_8859_1), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(status).doesNotContain(" 500 ");
    }

    private static String send(byte[] head, byte[] body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), SANDBOX.port())) {
            socket.setSoTimeout(8000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0 && b != '\n' && line.size() < 200; b = in.read()) {
                line.write(b);
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the sandbox did not answer", e);
        }
    }

    private static String ascii(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().filter(c -> c > 32 && c < 127).forEach(c -> out.append((char) c));
        return out.toString();
    }

    private static CozeSandbox start() {
        try {
            CozeSandbox sandbox = CozeSandbox.start(SandboxConfig.defaults());
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
