package dev.tokendoctor.app;

import dev.tokendoctor.service.ConnectionService;
import dev.tokendoctor.service.RefreshService;

import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.refresh.AutomaticRefresh;
import dev.tokendoctor.ui.status.TokenActions;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** The Status screen's commands as the app carries them out: refresh through the one refresher, sign-in and the wizard on the UI thread. */
final class StatusActions implements TokenActions {

    private final RefreshService refresh;
    private final ConnectionService connection;
    private final Runnable reauthorize;
    private final Runnable fixStepByStep;
    private final Runnable signInAndVerify;

    StatusActions(RefreshService refresh, ConnectionService connection, Runnable reauthorize, Runnable fixStepByStep) {
        this(refresh, connection, reauthorize, fixStepByStep, reauthorize);
    }

    StatusActions(RefreshService refresh, ConnectionService connection, Runnable reauthorize, Runnable fixStepByStep,
                  Runnable signInAndVerify) {
        this.refresh = refresh;
        this.connection = connection;
        this.reauthorize = reauthorize;
        this.fixStepByStep = fixStepByStep;
        this.signInAndVerify = signInAndVerify;
    }

    @Override
    public void signInAndVerify() {
        signInAndVerify.run();
    }

    /** Refreshes, then re-plans the automatic refresh from the outcome (a refused token is not sent again). */
    @Override
    public OAuthOutcome refreshNow() throws IOException {
        OAuthOutcome outcome = refresh.refreshNow();
        refresh.restartAutomatic();
        return outcome;
    }

    @Override
    public boolean refreshesByItself() {
        return refresh.automaticAllowed();
    }

    @Override
    public OAuthOutcome refreshAtOnce() throws IOException {
        OAuthOutcome outcome = refresh.refreshUnlessRefused();
        refresh.restartAutomatic();
        return outcome;
    }

    @Override
    public void reauthorize() {
        reauthorize.run();
    }

    @Override
    public Optional<Duration> lastClockSkew() {
        return connection.lastClockSkew();
    }

    @Override
    public AutomaticRefresh automaticRefresh() {
        return refresh.automatic();
    }

    @Override
    public boolean canRefresh(TokenRecord record) {
        return refresh.canRefresh(record);
    }

    @Override
    public void fixStepByStep() {
        fixStepByStep.run();
    }
}
