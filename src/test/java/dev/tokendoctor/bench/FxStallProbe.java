package dev.tokendoctor.bench;

import dev.tokendoctor.app.AppServices;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.oauth.client.ConnectionProfile;
import dev.tokendoctor.oauth.client.CozeOAuthClient;
import dev.tokendoctor.oauth.client.Grants;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.signin.AuthorizationSession;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.TokenJson;
import dev.tokendoctor.testing.ConsentBrowser;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The longest stall of the FX thread while the token endpoint takes 5 s to answer a refresh:
 * the real window runs (countdown ticking), the sandbox delays every token answer by 5 s, and
 * "Refresh now" is pressed. Two probes: the longest gap between animation pulses, and the longest
 * wait of a runLater posted every 5 ms. Prints both; the budget is 50 ms.
 */
public final class FxStallProbe {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("fx-stall");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AppServices[] app = new AppServices[1];
        Platform.runLater(() -> {
            app[0] = new AppServices(dir, Messages.ENGLISH, null, Clock.systemUTC());
            app[0].show(new Stage());
        });
        Thread.sleep(1500);
        // A real sign-in against the app's own sandbox, written to the store.
        ConnectionProfile profile = app[0].connection().profile();
        CozeSandbox sandbox = app[0].connection().sandbox();
        CozeOAuthClient client = app[0].connection().client();
        AuthorizationSession session = profile.newSession(new SecureRandom());
        URI redirect = new ConsentBrowser(sandbox.baseUrl()).consentRedirect(session.authorizationUrl(profile.endpoints()), "approve");
        AuthorizationSession.Code code = (AuthorizationSession.Code) session.validate(redirect);
        OAuthOutcome outcome = client.exchangeCodePkce(profile.clientId(), profile.redirectUri(), code.code(), code.codeVerifier());
        new FileTokenStore(dir, Clock.systemUTC()).write(TokenJson.toBytes(Grants.toRecord(((OAuthOutcome.Success) outcome).grant())));
        Platform.runLater(() -> app[0].statusViewModel().loadStored());
        Thread.sleep(500);

        sandbox.faults().delay(Duration.ofSeconds(5), false);
        AtomicLong maxPulseGap = new AtomicLong();
        AtomicLong maxLatency = new AtomicLong();
        long[] last = {0};
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0) {
                    maxPulseGap.accumulateAndGet(now - last[0], Math::max);
                }
                last[0] = now;
            }
        };
        Platform.runLater(pulses::start);
        Thread.sleep(300);
        long t0 = System.nanoTime();
        Platform.runLater(() -> app[0].statusViewModel().refreshNow());
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(7)) {
            long posted = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            ran.await();
            maxLatency.accumulateAndGet(System.nanoTime() - posted, Math::max);
            Thread.sleep(5);
        }
        String[] state = new String[1];
        CountDownLatch read = new CountDownLatch(1);
        Platform.runLater(() -> {
            pulses.stop();
            state[0] = app[0].statusViewModel().health().state() + " / " + app[0].statusViewModel().infoProperty().get();
            read.countDown();
        });
        read.await();
        System.out.printf("refresh answered after 5 s delay; status now: %s%n", state[0]);
        System.out.printf("fx-stall max-pulse-gap-ms %.1f%n", maxPulseGap.get() / 1e6);
        System.out.printf("fx-stall max-runLater-latency-ms %.1f%n", maxLatency.get() / 1e6);
        Platform.runLater(() -> {
            app[0].close();
            Platform.exit();
        });
    }
}
