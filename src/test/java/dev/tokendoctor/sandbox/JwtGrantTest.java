package dev.tokendoctor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JwtGrantTest extends SandboxTestBase {

    private static final String GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private RSAPrivateKey privateKey() throws Exception {
        String base64 = sandbox.demo().jwtPrivateKeyPem()
                .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private String jwt(String kid, String aud, String jti, Instant iat, RSAPrivateKey key) {
        return JWT.create().withKeyId(kid).withIssuer(sandbox.demo().jwtAppId()).withAudience(aud)
                .withIssuedAt(iat).withExpiresAt(iat.plusSeconds(3600)).withJWTId(jti)
                .sign(Algorithm.RSA256(null, key));
    }

    private String validJwt(String jti) throws Exception {
        return jwt(sandbox.demo().jwtKid(), sandbox.apiHost(), jti, clock.instant(), privateKey());
    }

    @Test
    void signedJwtBuysAServiceTokenWithoutRefreshToken() throws Exception {
        HttpResponse<String> response = token(body("grant_type", GRANT), validJwt(UUID.randomUUID().toString()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Object> body = json(response);
        assertThat((String) body.get("access_token")).startsWith("czs_");
        assertThat(body).doesNotContainKey("refresh_token").containsEntry("token_type", "Bearer");
        assertThat(((Number) body.get("expires_in")).longValue()).isEqualTo(START.getEpochSecond() + 900);
    }

    @Test
    void durationSecondsIsHonouredUpTo86399() throws Exception {
        HttpResponse<String> response = token(body("grant_type", GRANT, "duration_seconds", 86399), validJwt("a"));
        assertThat(((Number) json(response).get("expires_in")).longValue()).isEqualTo(START.getEpochSecond() + 86399);

        assertOAuthError(token(body("grant_type", GRANT, "duration_seconds", 86400), validJwt("b")),
                400, "invalid_request");
    }

    @Test
    void unknownKidIsTheRegionMismatchAnswer() throws Exception {
        HttpResponse<String> response = token(body("grant_type", GRANT),
                jwt("some-other-kid", sandbox.apiHost(), "j", clock.instant(), privateKey()));

        assertOAuthError(response, 401, "invalid_client");
        assertThat(errorMessage(response)).contains("invalid jwt: kid not been registred");
    }

    @Test
    void jtiIsSingleUse() throws Exception {
        String jwt = validJwt("same-jti");
        assertThat(token(body("grant_type", GRANT), jwt).statusCode()).isEqualTo(200);

        HttpResponse<String> again = token(body("grant_type", GRANT), validJwt("same-jti"));
        assertOAuthError(again, 401, "invalid_client");
        assertThat(errorMessage(again)).contains("jti");
    }

    @Test
    void audMustBeTheConfiguredApiHost() throws Exception {
        HttpResponse<String> response = token(body("grant_type", GRANT),
                jwt(sandbox.demo().jwtKid(), "api.coze.com", "j", clock.instant(), privateKey()));

        assertOAuthError(response, 401, "invalid_client");
        assertThat(errorMessage(response)).contains("aud");
    }

    @Test
    void expiredFutureAndForeignSignedJwtsAreRejected() throws Exception {
        String stale = jwt(sandbox.demo().jwtKid(), sandbox.apiHost(), "old", clock.instant().minusSeconds(7200),
                privateKey());
        assertThat(errorMessage(token(body("grant_type", GRANT), stale))).contains("exp");

        String future = jwt(sandbox.demo().jwtKid(), sandbox.apiHost(), "f", clock.instant().plus(Duration.ofHours(1)),
                privateKey());
        assertThat(errorMessage(token(body("grant_type", GRANT), future))).contains("iat");

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPrivateKey foreign = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
        HttpResponse<String> forged = token(body("grant_type", GRANT),
                jwt(sandbox.demo().jwtKid(), sandbox.apiHost(), "x", clock.instant(), foreign));
        assertOAuthError(forged, 401, "invalid_client");
        assertThat(errorMessage(forged)).contains("signature");

        assertOAuthError(token(body("grant_type", GRANT), null), 401, "invalid_client");
    }
}
