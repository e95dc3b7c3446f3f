package dev.tokendoctor.testing;

import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at the sandbox's HTML pages, over real HTTP: reads the one form on a page and submits
 * it with a decision, without following redirects (so the caller sees where Coze sends the browser).
 */
public final class ConsentBrowser {

    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\">(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input ([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .proxy(ProxySelector.of(null)).connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ConsentBrowser(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Opens the authorize URL and presses {@code decision} ("approve" or "deny"); the 302 answer. */
    public HttpResponse<String> consent(URI authorizeUrl, String decision) throws Exception {
        HttpResponse<String> page = get(authorizeUrl);
        return submit(page.body(), Map.of("decision", decision));
    }

    /** Where the consent sends the browser (the redirect URI with code or error). */
    public URI consentRedirect(URI authorizeUrl, String decision) throws Exception {
        HttpResponse<String> answer = consent(authorizeUrl, decision);
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("consent answered " + answer.statusCode() + ": " + answer.body());
        }
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    /** Types {@code userCode} on the device verification page and presses {@code decision}. */
    public HttpResponse<String> decideDevice(String verificationUri, String userCode, String decision) throws Exception {
        HttpResponse<String> page = get(URI.create(verificationUri));
        return submit(page.body(), Map.of("user_code", userCode, "decision", decision));
    }

    public HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the page's only form: its inputs as rendered, overridden by {@code typed}. */
    public HttpResponse<String> submit(String html, Map<String, String> typed) throws Exception {
        Matcher form = FORM.matcher(html);
        if (!form.find()) {
            throw new IllegalStateException("no form on the page: " + html);
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
        fields.putAll(typed);
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        URI action = URI.create(baseUrl).resolve(unescape(form.group(1)));
        return http.send(HttpRequest.newBuilder(action).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
