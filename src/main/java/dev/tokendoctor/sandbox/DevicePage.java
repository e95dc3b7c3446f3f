package dev.tokendoctor.sandbox;

/** The device verification page: the user types the user code, then approves or denies. */
final class DevicePage {

    private final DeviceFlow flow;

    DevicePage(DeviceFlow flow) {
        this.flow = flow;
    }

    Answer show(Request request) {
        Html.Lang lang = Html.Lang.of(request);
        String prefilled = request.query().getOrDefault("user_code", "");
        String body = "<h1>" + lang.pick("设备授权", "Device authorization") + "</h1>"
                + "<p>" + lang.pick("输入设备上显示的用户码。", "Enter the code shown on your device.") + "</p>"
                + "<form method=\"post\" action=\"" + DeviceFlow.VERIFICATION_PATH + "\">"
                + Html.hidden("lang", lang == Html.Lang.ZH ? "zh" : "en")
                + "<p><input id=\"user_code\" name=\"user_code\" autocomplete=\"off\" value=\""
                + Html.escape(prefilled) + "\" placeholder=\"ABCD-EFGH\"></p>"
                + "<button type=\"submit\" id=\"approve\" name=\"decision\" value=\"approve\">"
                + lang.pick("授权", "Approve") + "</button>"
                + "<button type=\"submit\" id=\"deny\" name=\"decision\" value=\"deny\">"
                + lang.pick("拒绝", "Deny") + "</button></form>";
        return Answer.html(200, Html.page(lang, lang.pick("设备授权", "Device authorization"), body));
    }

    Answer decide(Request request) {
        Html.Lang lang = Html.Lang.of(request);
        var form = request.form();
        boolean approve = "approve".equals(form.get("decision"));
        String name = flow.clientNameOf(form.get("user_code")).orElse("");
        switch (flow.decide(form.get("user_code"), approve)) {
            case DONE:
                String title = approve ? lang.pick("已授权", "Approved") : lang.pick("已拒绝", "Denied");
                return Answer.html(200, Html.page(lang, title, "<h1 id=\"result\">" + title + "</h1><p>"
                        + Html.escape(name) + "</p><p>" + lang.pick("可以回到设备上了。",
                        "You can return to your device.") + "</p>"));
            case EXPIRED:
                return Answer.html(400, Html.errorPage(lang, lang.pick("用户码已过期", "Code expired"),
                        lang.pick("请在设备上重新开始。", "Start again on your device.")));
            default:
                return Answer.html(400, Html.errorPage(lang, lang.pick("用户码无效", "Unknown code"),
                        lang.pick("请检查设备上显示的用户码。", "Check the code shown on your device.")));
        }
    }
}
