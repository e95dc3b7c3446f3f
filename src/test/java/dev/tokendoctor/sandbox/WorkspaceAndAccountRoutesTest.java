package dev.tokendoctor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The routes the SDKs call with a workspace id (device code) or an account id (JWT), over raw HTTP. */
class WorkspaceAndAccountRoutesTest extends SandboxTestBase {

    private static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    @Test
    void aDeviceCodeForOneWorkspaceHasThePlainShape() throws Exception {
        HttpResponse<String> r = postJson("/api/permission/oauth2/workspace_id/7350000000000000001/device/code",
                body("client_id", sandbox.demo().deviceClientId()), null);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r)).containsKeys("device_code", "user_code", "verification_uri", "expires_in", "interval");
        assertThat(postJson("/api/permission/oauth2/workspace_id/7350000000000000001/device/code/extra",
                body("client_id", sandbox.demo().deviceClientId()), null).statusCode()).isEqualTo(404);
    }

    @Test
    void theAccountEndpointGivesServiceTokensForTheJwtGrantOnly() throws Exception {
        String path = "/api/permission/oauth2/account/7340000000000000042/token";

        HttpResponse<String> jwt = postJson(path, body("grant_type", JWT_GRANT, "duration_seconds", 600), signedJwt());
        HttpResponse<String> refresh = postJson(path, body("grant_type", "refresh_token",
                "client_id", sandbox.demo().pkceClientId(), "refresh_token", "x"), null);

        assertThat(jwt.statusCode()).as(jwt.body()).isEqualTo(200);
        assertThat(json(jwt).get("access_token").toString()).startsWith("czs_");
        assertThat(json(jwt)).doesNotContainKey("refresh_token");
        assertThat(refresh.statusCode()).isEqualTo(400);
        assertThat(json(refresh)).containsEntry("error", "unsupported_grant_type");
    }

    private String signedJwt() throws Exception {
        String base64 = sandbox.demo().jwtPrivateKeyPem().replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "").replaceAll("\\s", "");
        RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        return JWT.create().withKeyId(sandbox.demo().jwtKid()).withIssuer(sandbox.demo().jwtAppId())
                .withAudience(sandbox.apiHost()).withIssuedAt(clock.instant()).withExpiresAt(clock.instant().plusSeconds(3600))
                .withJWTId(UUID.randomUUID().toString()).sign(Algorithm.RSA256(null, key));
    }
}
