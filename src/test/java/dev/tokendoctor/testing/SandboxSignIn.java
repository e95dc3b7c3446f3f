package dev.tokendoctor.testing;

import dev.tokendoctor.oauth.client.ConnectionProfile;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.OAuthFlow;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.client.TokenGrant;
import dev.tokendoctor.oauth.signin.AuthorizationSession;
import java.net.URI;
import java.security.SecureRandom;

/**
 * Signs in to the sandbox without a window: approves on the consent form as a browser would
 * ({@link ConsentBrowser}) and exchanges the code through the real client.
 */
public final class SandboxSignIn {

    private SandboxSignIn() {
    }

    /** The tokens of an approved sign-in with the profile's flow (PKCE or web app). */
    public static TokenGrant signIn(ConnectionProfile profile, CozeOAuthClient client) throws Exception {
        AuthorizationSession session = profile.newSession(new SecureRandom());
        URI authorize = session.authorizationUrl(profile.endpoints());
        URI callback = new ConsentBrowser(profile.endpoints().webBase().toString()).consentRedirect(authorize, "approve");
        AuthorizationSession.Code code = (AuthorizationSession.Code) session.validate(callback);
        OAuthOutcome outcome = profile.flow() == OAuthFlow.AUTHORIZATION_CODE
                ? client.exchangeCode(profile.clientId(), profile.clientSecret(), profile.redirectUri(), code.code())
                : client.exchangeCodePkce(profile.clientId(), profile.redirectUri(), code.code(), code.codeVerifier());
        return ((OAuthOutcome.Success) outcome).grant();
    }
}
