package dev.tokendoctor.sandbox;

/** {@code GET /}: what this server is and where its pages are. No secrets on it. */
final class IndexPage implements Route {

    private final String html;

    IndexPage(String baseUrl, DemoCredentials demo) {
        Html.Lang lang = Html.Lang.ZH;
        this.html = Html.page(lang, "Coze sandbox", "<h1>Coze sandbox</h1>"
                + "<p>本地扣子 OAuth 模拟服务 / a local Coze-compatible OAuth server</p><ul>"
                + "<li><a href=\"" + CozeTestApp.PATH + "\">/coze-test</a> 测试页 / test page</li>"
                + "<li><a href=\"" + DeviceFlow.VERIFICATION_PATH + "\">/device</a> 设备授权 / device page</li>"
                + "<li>API: <code>" + Html.escape(baseUrl) + "</code></li>"
                + "<li>PKCE client_id: <code>" + Html.escape(demo.pkceClientId()) + "</code></li>"
                + "</ul>");
    }

    @Override
    public Answer handle(Request request) {
        return Answer.html(200, html);
    }
}
