package dev.tokendoctor.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The authorize page: {@code GET} shows the consent form, {@code POST} (the form) carries the
 * user's decision and redirects back. Both validate the request from scratch, so the hidden
 * fields prove nothing by themselves.
 */
final class AuthorizeEndpoint {

    private final ClientRegistry registry;
    private final TokenLedger ledger;
    private final SandboxEvents events;

    AuthorizeEndpoint(ClientRegistry registry, TokenLedger ledger, SandboxEvents events) {
        this.registry = registry;
        this.ledger = ledger;
        this.events = events;
    }

    /** The validated parameters of an authorize request. */
    record AuthRequest(ClientApp app, String redirectUri, String state, String challenge,
                       String challengeMethod) {
    }

    private record Checked(AuthRequest request, String problem) {
    }

    Answer show(Request request) {
        Html.Lang lang = Html.Lang.of(request);
        Checked checked = validate(request.query());
        if (checked.problem() != null) {
            return Answer.html(400, Html.errorPage(lang, lang.pick("授权请求无效", "Invalid authorization request"),
                    checked.problem()));
        }
        return Answer.html(200, ConsentPage.render(lang, request.path(), request.query(), checked.request().app()));
    }

    Answer decide(Request request) {
        Html.Lang lang = Html.Lang.of(request);
        Map<String, String> form = request.form();
        Checked checked = validate(form);
        if (checked.problem() != null) {
            return Answer.html(400, Html.errorPage(lang, lang.pick("授权请求无效", "Invalid authorization request"),
                    checked.problem()));
        }
        AuthRequest auth = checked.request();
        String clientId = auth.app().clientId();
        if ("approve".equals(form.get("decision"))) {
            String code = ledger.issueCode(clientId, auth.redirectUri(), auth.challenge(), auth.challengeMethod());
            events.record(EventKind.AUTHORIZE_APPROVED, clientId, "code " + Redact.of(code));
            return Answer.redirect(append(auth.redirectUri(), "code=" + enc(code) + "&state=" + enc(auth.state())));
        }
        events.record(EventKind.AUTHORIZE_DENIED, clientId, "");
        return Answer.redirect(append(auth.redirectUri(), "error=access_denied&error_description="
                + enc("the user denied the authorization") + "&state=" + enc(auth.state())));
    }

    private Checked validate(Map<String, String> params) {
        ClientApp app = registry.byClientId(params.get("client_id")).orElse(null);
        if (app == null) {
            return problem("invalid request: client_id");
        }
        if (app.type() != ClientType.WEB && app.type() != ClientType.PKCE) {
            return problem("access deny: app type " + app.type() + " cannot use the authorize page");
        }
        String redirectUri = params.get("redirect_uri");
        if (redirectUri == null || !app.redirectUris().contains(redirectUri)) {
            return problem("invalid request: redirect_uri");
        }
        if (!"code".equals(params.get("response_type"))) {
            return problem("invalid request: response_type must be code");
        }
        String state = params.get("state");
        if (state == null || state.isEmpty()) {
            return problem("invalid request: state");
        }
        String challenge = blankToNull(params.get("code_challenge"));
        String method = blankToNull(params.get("code_challenge_method"));
        if (challenge == null && app.type() == ClientType.PKCE) {
            return problem("invalid request: code_challenge");
        }
        if (challenge != null) {
            method = method == null ? "plain" : method;
            if (!method.equals("S256") && !method.equals("plain")) {
                return problem("invalid request: code_challenge_method must be S256 or plain");
            }
        }
        return new Checked(new AuthRequest(app, redirectUri, state, challenge, challenge == null ? null : method),
                null);
    }

    private static Checked problem(String message) {
        return new Checked(null, message);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String append(String uri, String query) {
        return uri + (uri.contains("?") ? "&" : "?") + query;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
