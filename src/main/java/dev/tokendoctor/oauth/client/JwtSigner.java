package dev.tokendoctor.oauth.client;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** Signs the service-app JWT (RS256) that buys a {@code czs_} access token. */
final class JwtSigner {

    /** Lifetime of the signed JWT itself, not of the access token it buys. */
    static final Duration JWT_LIFETIME = Duration.ofMinutes(10);

    private JwtSigner() {
    }

    /** Thrown with a message for the user when the credentials cannot sign. */
    static final class InvalidCredentials extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        InvalidCredentials(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    /** A signed JWT with header {@code kid, typ: JWT} and claims {@code iss aud iat exp jti}. */
    static String sign(JwtAppCredentials credentials, String audience, Instant now)
            throws InvalidCredentials {
        if (!credentials.appId().matches("\\d+")) {
            throw new InvalidCredentials("appId", "the JWT issuer must be the numeric app id,"
                    + " not the client id (" + (credentials.appId().endsWith(".app.coze")
                    ? "a .app.coze id was given" : "not a number") + ")");
        }
        if (credentials.keyId().isBlank()) {
            throw new InvalidCredentials("keyId", "the public key fingerprint (kid) is empty");
        }
        RSAPrivateKey key = privateKey(credentials.privateKeyPem());
        return JWT.create()
                .withHeader(Map.of("typ", "JWT"))
                .withKeyId(credentials.keyId())
                .withIssuer(credentials.appId())
                .withAudience(audience)
                .withIssuedAt(now)
                .withExpiresAt(now.plus(JWT_LIFETIME))
                .withJWTId(UUID.randomUUID().toString())
                .sign(Algorithm.RSA256(null, key));
    }

    static RSAPrivateKey privateKey(String pem) throws InvalidCredentials {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new InvalidCredentials("privateKeyPem", "the key is PKCS#1 (BEGIN RSA PRIVATE KEY);"
                    + " convert it to PKCS#8 (BEGIN PRIVATE KEY)");
        }
        if (!pem.contains("BEGIN PRIVATE KEY")) {
            throw new InvalidCredentials("privateKeyPem", "not a PKCS#8 PEM private key");
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            throw new InvalidCredentials("privateKeyPem", "the PEM does not hold a readable RSA private key");
        }
    }
}
