package dev.tokendoctor.testing;

import dev.tokendoctor.oauth.AuthorizationSession;
import dev.tokendoctor.oauth.ConnectionProfile;
import dev.tokendoctor.oauth.CozeOAuthClient;
import dev.tokendoctor.oauth.OAuthFlow;
import dev.tokendoctor.oauth.OAuthOutcome;
import dev.tokendoctor.oauth.TokenGrant;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in to the sandbox without a window: opens the authorize URL with the JDK HTTP client,
 * approves on the consent form and exchanges the code through the real client.
 */
public final class SandboxSignIn {

    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\">(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input ([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .proxy(ProxySelector.of(null)).connectTimeout(Duration.ofSeconds(5)).build();

    private SandboxSignIn() {
    }

    /** The tokens of an approved sign-in with the profile's flow (PKCE or web app). */
    public static TokenGrant signIn(ConnectionProfile profile, CozeOAuthClient client) throws Exception {
        AuthorizationSession session = profile.newSession(new SecureRandom());
        URI authorize = session.authorizationUrl(profile.endpoints());
        HttpResponse<String> page = BROWSER.send(HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher form = FORM.matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("no consent form: " + page.statusCode());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group(2));
        while (input.find()) {
            Map<String, String> attrs = new LinkedHashMap<>();
            Matcher attr = ATTR.matcher(input.group(1));
            while (attr.find()) {
                attrs.put(attr.group(1), unescape(attr.group(2)));
            }
            if (attrs.containsKey("name")) {
                fields.put(attrs.get("name"), attrs.getOrDefault("value", ""));
            }
        }
        fields.put("decision", "approve");
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> answer = BROWSER.send(HttpRequest.newBuilder(authorize.resolve(unescape(form.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        URI callback = URI.create(answer.headers().firstValue("Location").orElseThrow());
        AuthorizationSession.Code code = (AuthorizationSession.Code) session.validate(callback);
        OAuthOutcome outcome = profile.flow() == OAuthFlow.AUTHORIZATION_CODE
                ? client.exchangeCode(profile.clientId(), profile.clientSecret(), profile.redirectUri(), code.code())
                : client.exchangeCodePkce(profile.clientId(), profile.redirectUri(), code.code(), code.codeVerifier());
        return ((OAuthOutcome.Success) outcome).grant();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
