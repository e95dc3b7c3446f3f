package dev.tokendoctor.ui.status;

import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.refresh.AutomaticRefresh;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** What the Status screen can ask of the OAuth side. */
public interface TokenActions {

    /** Refreshes the stored token now; blocking, so the view model calls it in the background. */
    OAuthOutcome refreshNow() throws IOException;

    /** Whether the app refreshes by itself (automatic refresh on in Settings): only then is an expired token tried at load. */
    default boolean refreshesByItself() {
        return false;
    }

    /** The refresh the app tries by itself for an expired token it owns: no second request for a refusal already heard. */
    default OAuthOutcome refreshAtOnce() throws IOException {
        return refreshNow();
    }

    /** Opens the Sign-in screen and starts a new sign-in (on the UI thread). */
    void reauthorize();

    /** The server's clock minus ours at the last exchange with Coze, if there was one (cheap: no I/O). */
    default Optional<Duration> lastClockSkew() {
        return Optional.empty();
    }

    /** What the automatic refresh does now: a published snapshot, read without I/O or locks. */
    default AutomaticRefresh automaticRefresh() {
        return AutomaticRefresh.NOT_CONNECTED;
    }

    /** Whether the OAuth side can refresh this record (a refresh token, or a service app that signs a new JWT). */
    default boolean canRefresh(dev.tokendoctor.core.token.TokenRecord record) {
        return record.hasRefreshToken();
    }

    /** A new sign-in that the wizard verifies with Coze afterwards (on the UI thread). */
    default void signInAndVerify() {
        reauthorize();
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

        @Override
        public boolean canRefresh(dev.tokendoctor.core.token.TokenRecord record) {
            return false;
        }
    };
}
