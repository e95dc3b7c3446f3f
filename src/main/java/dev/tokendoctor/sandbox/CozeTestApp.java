package dev.tokendoctor.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /coze-test}: a small web app that behaves like the troubleshooting guide's test page.
 * It signs in with the demo PKCE app, keeps Coze-shaped tokens in {@code localStorage} under
 * {@code coze_oauth_tokens}, refreshes them, and fails with the guide's exact message.
 * {@code /coze-test/oauth/callback} serves the same page, which finishes the code exchange.
 */
final class CozeTestApp implements Route {

    static final String PATH = "/coze-test";
    static final String CALLBACK_PATH = "/coze-test/oauth/callback";

    private final String html;

    CozeTestApp(String pkceClientId) {
        this.html = template().replace("{{PKCE_CLIENT_ID}}", pkceClientId);
    }

    @Override
    public Answer handle(Request request) {
        return Answer.html(200, html);
    }

    private static String template() {
        try (InputStream in = CozeTestApp.class.getResourceAsStream("coze-test.html")) {
            if (in == null) {
                throw new IllegalStateException("coze-test.html is missing from the sandbox resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
