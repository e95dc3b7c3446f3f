package dev.tokendoctor.sandbox;

import java.util.List;
import java.util.Map;

/** The consent form: plain HTML that works without JavaScript. */
final class ConsentPage {

    private static final List<String> CARRIED = List.of("response_type", "client_id", "redirect_uri",
            "state", "code_challenge", "code_challenge_method");

    private ConsentPage() {
    }

    static String render(Html.Lang lang, String path, Map<String, String> query, ClientApp app) {
        StringBuilder hidden = new StringBuilder();
        for (String name : CARRIED) {
            String value = query.get(name);
            if (value != null) {
                hidden.append(Html.hidden(name, value));
            }
        }
        hidden.append(Html.hidden("lang", lang == Html.Lang.ZH ? "zh" : "en"));
        String other = lang == Html.Lang.ZH ? "en" : "zh";
        String switchLink = "?" + rawQueryWithLang(query, other);
        String body = "<h1>" + lang.pick("授权请求", "Authorization request") + "</h1>"
                + "<p>" + lang.pick("应用", "The app") + " <strong id=\"client-name\">" + Html.escape(app.name())
                + "</strong> " + lang.pick("请求访问你的扣子账号。", "asks to access your Coze account.") + "</p>"
                + "<p class=\"muted\">client_id: <code>" + Html.escape(app.clientId()) + "</code><br>"
                + lang.pick("回调地址", "Redirect URI") + ": <code>" + Html.escape(query.get("redirect_uri"))
                + "</code></p>"
                + "<form method=\"post\" action=\"" + Html.escape(path) + "\">" + hidden
                + "<button type=\"submit\" id=\"approve\" name=\"decision\" value=\"approve\">"
                + lang.pick("授权", "Approve") + "</button>"
                + "<button type=\"submit\" id=\"deny\" name=\"decision\" value=\"deny\">"
                + lang.pick("拒绝", "Deny") + "</button></form>"
                + "<p class=\"muted\"><a href=\"" + Html.escape(switchLink) + "\">"
                + lang.pick("English", "中文") + "</a></p>";
        return Html.page(lang, lang.pick("扣子授权", "Coze authorization"), body);
    }

    private static String rawQueryWithLang(Map<String, String> query, String lang) {
        StringBuilder sb = new StringBuilder();
        for (String name : CARRIED) {
            String value = query.get(name);
            if (value != null) {
                sb.append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))
                        .append('&');
            }
        }
        return sb.append("lang=").append(lang).toString();
    }
}
