package dev.tokendoctor.oauth.signin;

import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.UrlEncoding;

import java.net.URI;
import java.util.Objects;

/**
 * What goes on the authorize URL: {@code response_type=code}, {@code client_id},
 * {@code redirect_uri}, {@code state}, and for PKCE {@code code_challenge} and its method.
 * Coze has no {@code scope} parameter, so there is none here.
 *
 * @param pkce        the PKCE pair, or {@code null} for a web backend app using a client secret
 * @param workspaceId restrict the consent to one workspace, or {@code null}
 */
public record AuthorizationRequest(String clientId, String redirectUri, String state, Pkce pkce,
                                   String workspaceId) {

    public AuthorizationRequest {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        if (state == null || state.isBlank()) {
            throw new IllegalArgumentException("state is required");
        }
    }

    /** A request without PKCE or workspace. */
    public static AuthorizationRequest of(String clientId, String redirectUri, String state) {
        return new AuthorizationRequest(clientId, redirectUri, state, null, null);
    }

    /** The same request with a PKCE challenge. */
    public AuthorizationRequest withPkce(Pkce value) {
        return new AuthorizationRequest(clientId, redirectUri, state, value, workspaceId);
    }

    /** The same request restricted to a workspace. */
    public AuthorizationRequest withWorkspace(String id) {
        return new AuthorizationRequest(clientId, redirectUri, state, pkce, id);
    }

    /** The full URL to open in a browser. */
    public URI toUri(CozeEndpoints endpoints) {
        URI page = workspaceId == null ? endpoints.authorizeUri()
                : endpoints.workspaceAuthorizeUri(workspaceId);
        StringBuilder url = new StringBuilder(page.toString())
                .append("?response_type=code")
                .append("&client_id=").append(UrlEncoding.component(clientId))
                .append("&redirect_uri=").append(UrlEncoding.component(redirectUri))
                .append("&state=").append(UrlEncoding.component(state));
        if (pkce != null) {
            url.append("&code_challenge=").append(UrlEncoding.component(pkce.challenge()))
                    .append("&code_challenge_method=").append(UrlEncoding.component(pkce.method()));
        }
        return URI.create(url.toString());
    }
}
