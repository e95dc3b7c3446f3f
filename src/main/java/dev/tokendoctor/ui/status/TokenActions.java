package dev.tokendoctor.ui.status;

import dev.tokendoctor.oauth.OAuthOutcome;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** What the Status screen can ask of the OAuth side. */
public interface TokenActions {

    /** Refreshes the stored token now; blocking, so the view model calls it in the background. */
    OAuthOutcome refreshNow() throws IOException;

    /** Opens the Sign-in screen and starts a new sign-in (on the UI thread). */
    void reauthorize();

    /** The server's clock minus ours at the last exchange with Coze, if there was one (cheap: no I/O). */
    default Optional<Duration> lastClockSkew() {
        return Optional.empty();
    }

    /** When the app will refresh the stored token by itself, if automatic refresh is on and scheduled. */
    default Optional<java.time.Instant> nextAutomaticRefresh() {
        return Optional.empty();
    }

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
