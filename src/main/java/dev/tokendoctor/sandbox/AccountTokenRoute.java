package dev.tokendoctor.sandbox;

import java.util.Map;

/**
 * {@code POST /api/permission/oauth2/account/{account_id}/token}: the enterprise JWT endpoint.
 * It answers like the token endpoint, but only for the JWT grant: the user grants have no
 * account to act for.
 */
final class AccountTokenRoute implements Route {

    private final Route token;

    AccountTokenRoute(Route token) {
        this.token = token;
    }

    @Override
    public Answer handle(Request request) {
        Map<String, Object> body = request.jsonBody().orElse(null);
        String grant = body == null ? null : TokenEndpoint.str(body, "grant_type");
        if (grant != null && !TokenEndpoint.JWT_GRANT.equals(grant)) {
            return Answer.oauthError(400, "unsupported_grant_type",
                    "unsupported grant type: " + grant.replaceAll("[^\\w:.-]", "?"));
        }
        return token.handle(request);
    }
}
