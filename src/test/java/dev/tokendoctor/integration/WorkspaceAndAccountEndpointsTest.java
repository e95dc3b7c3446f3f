package dev.tokendoctor.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.CozeRegion;
import dev.tokendoctor.oauth.client.JwtAppCredentials;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.TokenGrant;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The optional workspace id (device code) and account id (JWT) reach the endpoints the SDKs call. */
class WorkspaceAndAccountEndpointsTest extends SandboxIntegrationBase {

    @Test
    void theEndpointsAreTheOnesTheSdksBuild() {
        CozeEndpoints cn = CozeEndpoints.of(CozeRegion.CN);

        assertThat(cn.workspaceDeviceCodeUri("7350000000000000001")).hasToString(
                "https://api.coze.cn/api/permission/oauth2/workspace_id/7350000000000000001/device/code");
        assertThat(cn.accountTokenUri("7340000000000000042")).hasToString(
                "https://api.coze.cn/api/permission/oauth2/account/7340000000000000042/token");
        assertThat(cn.accountTokenUri("a/b")).hasToString("https://api.coze.cn/api/permission/oauth2/account/a%2Fb/token");
    }

    @Test
    void aDeviceCodeForOneWorkspace() {
        OAuthOutcome started = client.requestDeviceCode(demo.deviceClientId(), "7350000000000000001");

        assertThat(started).isInstanceOf(OAuthOutcome.DeviceCodeIssued.class);
        assertThat(log.snapshot()).last().asString().contains("/workspace_id/7350000000000000001/device/code");
        assertThat(client.requestDeviceCode(demo.deviceClientId(), "  ")).isInstanceOf(OAuthOutcome.DeviceCodeIssued.class);
        assertThat(log.snapshot()).last().asString().doesNotContain("workspace_id");
    }

    @Test
    void aJwtTokenForAnEnterpriseAccount() {
        JwtAppCredentials credentials = new JwtAppCredentials(demo.jwtAppId(), demo.jwtKid(), demo.jwtPrivateKeyPem());

        TokenGrant grant = success(client.jwtToken(credentials, Duration.ofSeconds(600), "7340000000000000042"));

        assertThat(grant.accessToken()).startsWith("czs_");
        assertThat(grant.refreshable()).isFalse();
        assertThat(log.snapshot()).last().asString().contains("/account/7340000000000000042/token");
    }
}
