package dev.tokendoctor.ui.status;

import dev.tokendoctor.oauth.OAuthOutcome;
import java.io.IOException;

/** What the Status screen can ask of the OAuth side. */
public interface TokenActions {

    /** Refreshes the stored token now; blocking, so the view model calls it in the background. */
    OAuthOutcome refreshNow() throws IOException;

    /** Opens the Sign-in screen and starts a new sign-in (on the UI thread). */
    void reauthorize();

    /** Opens the fix wizard for the followed token (on the UI thread). */
    default void fixStepByStep() {
    }

    /** For screens and tests that have no OAuth side. */
    TokenActions NONE = new TokenActions() {
        @Override
        public OAuthOutcome refreshNow() {
            return new OAuthOutcome.Cancelled("not connected");
        }

        @Override
        public void reauthorize() {
        }
    };
}
