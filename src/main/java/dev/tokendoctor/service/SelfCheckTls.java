package dev.tokendoctor.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS part of {@code --self-check}: a TLS server on 127.0.0.1 with a fresh self-signed EC
 * certificate, and a handshake to it. It proves what coze.cn and coze.com need from the runtime:
 * the EC key and signature algorithms and ECDHE key exchange (module {@code jdk.crypto.ec}). The
 * certificate is written as DER by hand because the JDK has no public API that issues one.
 */
final class SelfCheckTls {

    private static final char[] NO_PASSWORD = new char[0];
    private static final byte[] ECDSA_WITH_SHA256 = {0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x04, 0x03, 0x02};
    private static final byte[] COMMON_NAME = {0x06, 0x03, 0x55, 0x04, 0x03};
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Handshakes with a local TLS server and returns "protocol cipher-suite"; throws on any failure. */
    static String handshake(Instant now) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        Certificate certificate = selfSigned(keys, now);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("self-check", keys.getPrivate(), NO_PASSWORD, new Certificate[] {certificate});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, NO_PASSWORD);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);

        try (SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> echoOneByte(server));
            String negotiated;
            try (SSLSocket client = (SSLSocket) context.getSocketFactory()
                    .createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                client.setSoTimeout(10_000);
                client.startHandshake();
                client.getOutputStream().write('k');
                client.getOutputStream().flush();
                if (client.getInputStream().read() != 'k') {
                    throw new IOException("the TLS server did not answer");
                }
                negotiated = client.getSession().getProtocol() + " " + client.getSession().getCipherSuite();
            }
            // Only after the client closed: the server's close waits for the client's close_notify.
            served.get(10, TimeUnit.SECONDS);
            return negotiated;
        }
    }

    private static void echoOneByte(SSLServerSocket server) {
        try (SSLSocket socket = (SSLSocket) server.accept()) {
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            out.write(in.read());
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An X.509 v3 certificate for CN=localhost, valid for a day from an hour ago, signed by its own key. */
    private static Certificate selfSigned(KeyPair keys, Instant now) throws GeneralSecurityException {
        byte[] name = der(0x30, der(0x31, der(0x30, COMMON_NAME, der(0x0c, "localhost".getBytes(StandardCharsets.US_ASCII)))));
        byte[] validity = der(0x30, utcTime(now.minus(1, ChronoUnit.HOURS)), utcTime(now.plus(1, ChronoUnit.DAYS)));
        byte[] algorithm = der(0x30, ECDSA_WITH_SHA256);
        byte[] version = der(0xa0, der(0x02, new byte[] {2}));
        byte[] serial = der(0x02, new byte[] {1});
        byte[] tbs = der(0x30, version, serial, algorithm, name, validity, name, keys.getPublic().getEncoded());
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] bits = new byte[signature.length + 1]; // BIT STRING: a leading "0 unused bits" byte
        System.arraycopy(signature, 0, bits, 1, signature.length);
        byte[] encoded = der(0x30, tbs, algorithm, der(0x03, bits));
        return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(encoded));
    }

    private static byte[] utcTime(Instant instant) {
        return der(0x17, UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
    }

    /** One DER element: tag, definite length, and the concatenated contents. */
    private static byte[] der(int tag, byte[]... contents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : contents) {
            body.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = body.size();
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xff);
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private SelfCheckTls() {
    }
}
