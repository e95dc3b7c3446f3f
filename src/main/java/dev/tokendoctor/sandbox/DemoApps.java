package dev.tokendoctor.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;

/** Builds the demo apps of a sandbox once its base URL is known. */
final class DemoApps {

    /** Fixed ids keep a .env written for the sandbox valid across restarts; secrets are fresh. */
    static final String WEB_CLIENT_ID = "46857930182736451029384756102938.app.coze";
    static final String PKCE_CLIENT_ID = "58203746519283746501928374650192.app.coze";
    static final String DEVICE_CLIENT_ID = "61029384756102938475610293847561.app.coze";
    static final String JWT_APP_ID = "1174028364512";

    private final ClientRegistry registry;
    private final DemoCredentials credentials;

    private DemoApps(ClientRegistry registry, DemoCredentials credentials) {
        this.registry = registry;
        this.credentials = credentials;
    }

    /**
     * The desktop app's own redirect: the embedded WebView catches the navigation there, and
     * "open in my browser" listens on it (a fixed loopback port, as a Coze app registers it).
     */
    static final String DESKTOP_REDIRECT_URI = "http://127.0.0.1:18765/oauth/callback";

    static DemoApps create(String baseUrl) {
        KeyPair keys = rsaKeyPair();
        RSAPublicKey publicKey = (RSAPublicKey) keys.getPublic();
        String kid = kidOf(publicKey);
        String secret = Randoms.token(32);
        String localhost = baseUrl.replace("://127.0.0.1:", "://localhost:");
        List<String> webUris = List.of(baseUrl + "/oauth/callback",
                "http://localhost:8082/oauth/callback", baseUrl + "/coze-test/oauth/callback");
        List<String> pkceUris = List.of(baseUrl + "/coze-test/oauth/callback",
                localhost + "/coze-test/oauth/callback", DESKTOP_REDIRECT_URI);
        List<ClientApp> apps = List.of(
                new ClientApp(WEB_CLIENT_ID, "Token Doctor Web Demo", ClientType.WEB, secret,
                        webUris, null, null, null),
                new ClientApp(PKCE_CLIENT_ID, "Token Doctor Desktop (PKCE)", ClientType.PKCE, null,
                        pkceUris, null, null, null),
                new ClientApp(DEVICE_CLIENT_ID, "Token Doctor CLI (device)", ClientType.DEVICE, null,
                        List.of(), null, null, null),
                new ClientApp(JWT_APP_ID, "Token Doctor Service (JWT)", ClientType.JWT, null,
                        List.of(), JWT_APP_ID, kid, publicKey));
        DemoCredentials credentials = new DemoCredentials(WEB_CLIENT_ID, secret, webUris,
                PKCE_CLIENT_ID, pkceUris, DEVICE_CLIENT_ID, JWT_APP_ID, kid,
                pem(keys.getPrivate().getEncoded()));
        return new DemoApps(new ClientRegistry(apps), credentials);
    }

    ClientRegistry registry() {
        return registry;
    }

    DemoCredentials credentials() {
        return credentials;
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is required by every Java platform", e);
        }
    }

    /** Coze's kid is a fingerprint of the public key; ours is base64url(sha256(X.509 DER)). */
    private static String kidOf(RSAPublicKey key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static String pem(byte[] pkcs8) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pkcs8);
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }
}
