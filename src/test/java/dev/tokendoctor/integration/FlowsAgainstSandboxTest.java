package dev.tokendoctor.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.oauth.client.JwtAppCredentials;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.OAuthOutcome.ReauthorizationRequired;
import dev.tokendoctor.oauth.client.Sleeper;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.oauth.signin.AuthorizationSession;
import dev.tokendoctor.oauth.signin.DeviceAuthorization;
import dev.tokendoctor.oauth.signin.DeviceCodePoller;
import dev.tokendoctor.sandbox.EventKind;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Every flow's happy path, client against sandbox over real HTTP. */
class FlowsAgainstSandboxTest extends SandboxIntegrationBase {

    @Test
    void authorizationCodeWithSecretThroughTheConsentForm() throws Exception {
        TokenGrant grant = signInWebApp();

        assertThat(grant.accessToken()).startsWith("czu_");
        assertThat(grant.refreshable()).isTrue();
        // expires_in is absolute epoch seconds: the sandbox's 2 minutes, not decades
        assertThat(grant.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(2)));
        assertThat(grant.obtainedAt()).isEqualTo(START);
        assertThat(grant.refreshObtainedAt()).isEqualTo(START);
        assertThat(sandbox.events().count(EventKind.CODE_EXCHANGED)).isEqualTo(1);
    }

    @Test
    void pkceThroughTheConsentForm() throws Exception {
        AuthorizationSession session = AuthorizationSession.forPkceApp(demo.pkceClientId(), pkceRedirect(), random);
        URI callback = consent(client.authorizationUrl(session.request()), "approve");

        AuthorizationSession.Code code = (AuthorizationSession.Code) session.validate(callback);
        TokenGrant grant = success(client.exchangeCodePkce(demo.pkceClientId(), pkceRedirect(), code.code(),
                code.codeVerifier()));

        assertThat(grant.accessToken()).startsWith("czu_");
        assertThat(grant.refreshable()).isTrue();
    }

    @Test
    void pkceWithAWrongVerifierIsRefused() throws Exception {
        AuthorizationSession session = AuthorizationSession.forPkceApp(demo.pkceClientId(), pkceRedirect(), random);
        AuthorizationSession.Code code = (AuthorizationSession.Code)
                session.validate(consent(client.authorizationUrl(session.request()), "approve"));

        OAuthOutcome outcome = client.exchangeCodePkce(demo.pkceClientId(), pkceRedirect(), code.code(),
                "x".repeat(64));

        assertThat(outcome).isInstanceOfSatisfying(OAuthOutcome.OAuthError.class, e -> {
            assertThat(e.error()).isEqualTo("invalid_request");
            assertThat(e.message()).contains("code_verifier");
        });
    }

    @Test
    void refreshRotatesAndTheSpentRefreshTokenIsReportedAsReused() throws Exception {
        TokenGrant first = signInWebApp();
        clock.step(Duration.ofMinutes(3));

        TokenGrant second = success(client.refresh(demo.webClientId(), first.refreshToken(), demo.webClientSecret()));
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        OAuthOutcome reused = client.refresh(demo.webClientId(), first.refreshToken(), demo.webClientSecret());
        assertThat(reused).isInstanceOfSatisfying(ReauthorizationRequired.class, r -> {
            assertThat(r.reason()).isEqualTo(ReauthorizationRequired.Reason.REUSED);
            assertThat(((OAuthOutcome.OAuthError) r.evidence()).logId()).isNotBlank();
        });
        assertThat(sandbox.events().count(EventKind.REFRESH_SERVED)).isEqualTo(1);
        assertThat(sandbox.events().count(EventKind.REFRESH_REUSED)).isEqualTo(1);
    }

    @Test
    void refreshTokenPastItsThirtyDaysIsReportedAsExpired() throws Exception {
        TokenGrant grant = signInWebApp();
        clock.step(Duration.ofDays(31));

        assertThat(client.refresh(demo.webClientId(), grant.refreshToken(), demo.webClientSecret()))
                .isInstanceOfSatisfying(ReauthorizationRequired.class,
                        r -> assertThat(r.reason()).isEqualTo(ReauthorizationRequired.Reason.EXPIRED));
    }

    @Test
    void deviceCodeApprovedOnTheVerificationPage() throws Exception {
        OAuthOutcome started = client.requestDeviceCode(demo.deviceClientId());
        assertThat(started).isInstanceOf(OAuthOutcome.DeviceCodeIssued.class);
        DeviceAuthorization authorization = ((OAuthOutcome.DeviceCodeIssued) started).authorization();
        // the device answer's expires_in is a DURATION (300 s), unlike token answers
        assertThat(authorization.expiresAt()).isEqualTo(START.plusSeconds(300));
        assertThat(authorization.verificationUri()).isEqualTo(sandbox.baseUrl() + "/device");

        AtomicInteger sleeps = new AtomicInteger();
        List<Exception> pageTrouble = new ArrayList<>();
        Sleeper sleeper = d -> {
            clock.step(d);
            if (sleeps.incrementAndGet() == 2) { // the user types the code after the first poll
                try {
                    assertThat(decideDevice(authorization.verificationUri(), authorization.userCode(), "approve")
                            .body()).contains("id=\"result\"");
                } catch (Exception e) {
                    pageTrouble.add(e);
                }
            }
        };
        List<OAuthOutcome> progress = new ArrayList<>();
        OAuthOutcome outcome = new DeviceCodePoller(client, clock, sleeper)
                .poll(demo.deviceClientId(), authorization, () -> false, progress::add);

        assertThat(pageTrouble).isEmpty();
        assertThat(success(outcome).accessToken()).startsWith("czu_");
        assertThat(progress).singleElement().isInstanceOfSatisfying(OAuthOutcome.OAuthError.class,
                e -> assertThat(e.error()).isEqualTo("authorization_pending"));
        assertThat(sandbox.events().count(EventKind.DEVICE_TOKEN_ISSUED)).isEqualTo(1);
    }

    @Test
    void deviceCodeDeniedOnTheVerificationPage() throws Exception {
        DeviceAuthorization authorization = ((OAuthOutcome.DeviceCodeIssued)
                client.requestDeviceCode(demo.deviceClientId())).authorization();
        decideDevice(authorization.verificationUri(), authorization.userCode(), "deny");

        OAuthOutcome outcome = new DeviceCodePoller(client, clock, clock::step)
                .poll(demo.deviceClientId(), authorization, () -> false);

        assertThat(outcome).isInstanceOfSatisfying(OAuthOutcome.OAuthError.class,
                e -> assertThat(e.error()).isEqualTo("access_denied"));
    }

    @Test
    void jwtServiceAppWithTheSandboxKey() {
        JwtAppCredentials credentials = new JwtAppCredentials(demo.jwtAppId(), demo.jwtKid(), demo.jwtPrivateKeyPem());

        TokenGrant grant = success(client.jwtToken(credentials, Duration.ofSeconds(600)));

        assertThat(grant.accessToken()).startsWith("czs_");
        assertThat(grant.refreshable()).isFalse();
        assertThat(grant.expiresAt()).isEqualTo(START.plusSeconds(600));
        // every call signs a fresh jti: a second token is no replay
        assertThat(client.jwtToken(credentials, Duration.ofSeconds(600))).isInstanceOf(OAuthOutcome.Success.class);
        assertThat(sandbox.events().count(EventKind.JWT_TOKEN_ISSUED)).isEqualTo(2);
    }

    @Test
    void probeAcceptsAFreshTokenAndRejectsAnExpiredOne() throws Exception {
        TokenGrant grant = signInWebApp();

        assertThat(client.probe(grant.accessToken())).isInstanceOfSatisfying(OAuthOutcome.Probed.class,
                p -> assertThat(p.user().userId()).isNotBlank());

        clock.step(Duration.ofMinutes(2));
        assertThat(client.probe(grant.accessToken())).isInstanceOfSatisfying(OAuthOutcome.BusinessError.class, e -> {
            assertThat(e.code()).isEqualTo(4100);
            assertThat(e.tokenRejected()).isTrue();
            assertThat(e.logId()).isNotBlank();
        });
    }
}
