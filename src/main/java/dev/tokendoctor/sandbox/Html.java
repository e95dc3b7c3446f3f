package dev.tokendoctor.sandbox;

import java.util.Locale;

/** Tiny HTML helpers shared by the sandbox pages: escaping, the page frame, the language. */
final class Html {

    /** The language of a page. */
    enum Lang {
        ZH, EN;

        String pick(String zh, String en) {
            return this == ZH ? zh : en;
        }

        String code() {
            return this == ZH ? "zh-CN" : "en";
        }

        /** {@code ?lang=} wins, then {@code ui_locales}, then Accept-Language; Chinese when none says. */
        static Lang of(Request request) {
            String lang = request.query().get("lang");
            if (lang == null || lang.isBlank()) {
                lang = request.query().get("ui_locales"); // OpenID's way for the client to ask
            }
            if (lang == null || lang.isBlank()) {
                lang = request.form().get("lang");
            }
            if (lang == null || lang.isBlank()) {
                lang = request.header("Accept-Language");
            }
            if (lang == null || lang.isBlank()) {
                return ZH;
            }
            return lang.trim().toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
        }
    }

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">";
    }

    static String page(Lang lang, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>"
                + "body{font-family:system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;"
                + "max-width:34rem;margin:3rem auto;padding:0 1rem;color:#1d1d1f}"
                + ".card{border:1px solid #d0d0d8;border-radius:12px;padding:1.5rem}"
                + "button{font-size:1rem;padding:.5rem 1.4rem;margin-right:.6rem;border-radius:8px;"
                + "border:1px solid #888;cursor:pointer}#approve{background:#4d53e8;color:#fff;border:none}"
                + ".error{color:#b00020}.muted{color:#666;font-size:.85rem}</style></head><body>"
                + "<div class=\"card\">" + body + "</div>"
                + "<p class=\"muted\">Coze Token Doctor sandbox · "
                + lang.pick("本地模拟的扣子授权服务，不是 coze.cn", "a local imitation of Coze, not coze.com")
                + "</p></body></html>\n";
    }

    static String errorPage(Lang lang, String title, String message) {
        return page(lang, title, "<h1 class=\"error\">" + escape(title) + "</h1><p id=\"error\">"
                + escape(message) + "</p>");
    }
}
