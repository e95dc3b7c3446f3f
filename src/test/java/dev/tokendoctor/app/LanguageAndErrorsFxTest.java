package dev.tokendoctor.app;

import static dev.tokendoctor.app.StatusScreenFxTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.storage.ConnectionSettings;
import dev.tokendoctor.testing.MutableClock;
import dev.tokendoctor.ui.login.SignInViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.concurrent.Worker;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In Chinese the sandbox's consent page, durations and page errors are Chinese; a failed name lookup is called DNS and shows no OAuth values. */
@ExtendWith(ApplicationExtension.class)
class LanguageAndErrorsFxTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    /** A name that can never resolve (RFC 2606). */
    static final String NOWHERE = "coze-doctor-test.invalid";

    @TempDir
    Path dir;
    AppServices services;

    @Start
    void start(Stage stage) {
        services = new AppServices(dir, Messages.CHINESE, null, new MutableClock(NOW));
        services.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        // on the FX thread: stopping the ticker's timeline from another thread races the pulse
        WaitForAsyncUtils.asyncFx(services::close).get();
    }

    @Test
    void theSandboxConsentPageSpeaksTheAppsLanguage(FxRobot robot) throws Exception {
        robot.clickOn("#nav-signin");
        waitUntil(() -> robot.lookup("#signin-here").tryQuery().map(b -> !b.isDisabled()).orElse(false));
        robot.clickOn("#signin-here");
        waitUntil(() -> robot.lookup("#signin-webview").tryQuery().isPresent());
        WebView web = robot.lookup("#signin-webview").queryAs(WebView.class);
        waitUntil(() -> {
            Object[] lang = new Object[1];
            robot.interact(() -> lang[0] = web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                    ? web.getEngine().executeScript("document.documentElement.lang + '|' + document.getElementById('approve').textContent") : null);
            return lang[0] != null && lang[0].toString().equals("zh-CN|授权");
        });
    }

    @Test
    void durationsInsideChineseSentencesAreChinese(FxRobot robot) throws Exception {
        String json = "{\"access_token\":\"czu_LanguageAccessToken0123456789abcdef\",\"refresh_token\":\"rt_language_0123456789\","
                + "\"expires_in\":" + NOW.plusSeconds(600).getEpochSecond() + ",\"obtained_at\":" + NOW.minusSeconds(60).getEpochSecond() + "}";
        robot.interact(() -> services.statusViewModel().importText(json, Msg.of("source.paste")));
        waitUntil(() -> services.statusViewModel().storedProperty().get());
        // past an hour a duration in a sentence or a detail is to the minute or the hour, in Chinese words
        assertThat(text(robot, "#detail-refresh-left")).isEqualTo("29天23小时");
        assertThat(services.statusViewModel().text().reasons()).anySatisfy(r -> assertThat(r).contains("29天23小时"));
        assertThat(services.statusViewModel().text().reasons()).anySatisfy(r -> assertThat(r).contains("00:10:00"));
        assertThat(text(robot, "#countdown")).isEqualTo("00:10:00");
        assertThat(String.join(" ", services.statusViewModel().text().reasons())).doesNotContainPattern("\\dd ");
    }

    @Test
    void aNameThatDoesNotResolveIsCalledDnsAndNoOAuthValueIsShown(FxRobot robot) throws Exception {
        robot.interact(() -> services.settingsChanged(services.settings().withConnection(new ConnectionSettings("CUSTOM",
                "https://" + NOWHERE, "PKCE", "12345678901234567890123456789012.app.coze", "http://127.0.0.1:18765/oauth/callback",
                "", "", 60, false))));
        robot.clickOn("#nav-signin");
        waitUntil(() -> robot.lookup("#signin-here").tryQuery().map(b -> !b.isDisabled()).orElse(false));
        StringBuilder opened = new StringBuilder();
        robot.interact(() -> services.signInViewModel().pageUrlProperty().subscribe(url -> opened.append(url)));
        robot.clickOn("#signin-here");
        waitUntil(() -> services.signInViewModel().phase() == SignInViewModel.Phase.FAILED);
        Matcher state = Pattern.compile("state=([^&]+)").matcher(opened);
        assertThat(state.find()).isTrue();

        String shown = text(robot, "#signin-message");
        assertThat(shown).contains("DNS").contains(NOWHERE).containsPattern("\\p{IsHan}")
                .doesNotContain("refused").doesNotContain("state").doesNotContain("code_challenge").doesNotContain(state.group(1));
    }

    @Test
    void aWebAppPageThatFailsIsExplainedInChineseWithoutTheBrowsersWords(FxRobot robot) throws Exception {
        robot.clickOn("#nav-inspector");
        waitUntil(() -> robot.lookup("#webapp-url").tryQuery().isPresent());
        robot.interact(() -> {
            services.inspectorViewModel().web().urlProperty().set("http://" + NOWHERE + "/app?state=abc");
            services.inspectorViewModel().web().open();
        });
        // WebKit's own lookup comes first (slow on a busy machine), then the app's probe
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup("#webapp-message").tryQuery().map(n -> ((javafx.scene.control.Label) n).getText().contains("DNS")).orElse(false);
        });
        assertThat(text(robot, "#webapp-message")).contains(NOWHERE).containsPattern("\\p{IsHan}")
                .doesNotContain("state=abc").doesNotContainIgnoringCase("unknown host").doesNotContainIgnoringCase("connection refused");
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
