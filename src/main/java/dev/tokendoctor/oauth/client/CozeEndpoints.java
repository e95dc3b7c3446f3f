package dev.tokendoctor.oauth.client;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a Coze deployment answers: the API base (token, device code, business APIs) and the web
 * base (the authorize page). Bases carry no trailing slash.
 *
 * @param audienceOverride the JWT {@code aud} to sign instead of the one derived from the API
 *                         base, or {@code null}: for a gateway or sandbox standing in for a host
 *                         it is not (e.g. a relay at {@code http://10.0.0.5:8080} in front of
 *                         {@code api.coze.cn})
 */
public record CozeEndpoints(URI apiBase, URI webBase, String audienceOverride) {

    static final String TOKEN_PATH = "/api/permission/oauth2/token";
    static final String DEVICE_CODE_PATH = "/api/permission/oauth2/device/code";
    static final String AUTHORIZE_PATH = "/api/permission/oauth2/authorize";
    public static final String USERS_ME_PATH = "/v1/users/me";

    public CozeEndpoints {
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(webBase, "webBase");
        apiBase = normalized(apiBase);
        webBase = normalized(webBase);
        if (audienceOverride != null) {
            audienceOverride = audienceOverride.strip();
            if (audienceOverride.isEmpty() || audienceOverride.contains("/")) {
                throw new IllegalArgumentException("the JWT audience is a host[:port] without scheme: "
                        + audienceOverride);
            }
        }
    }

    /** Endpoints whose JWT audience is derived from the API base. */
    public CozeEndpoints(URI apiBase, URI webBase) {
        this(apiBase, webBase, null);
    }

    /** The endpoints of a public region. */
    public static CozeEndpoints of(CozeRegion region) {
        return region.endpoints();
    }

    /**
     * Endpoints for any API base, e.g. {@code http://127.0.0.1:8123} for a local sandbox. The web
     * base follows the API base as the SDKs derive it: {@code api.} becomes {@code www.}; a host
     * without that prefix serves both.
     */
    public static CozeEndpoints custom(String apiBase) {
        URI api = URI.create(apiBase.strip());
        String host = api.getHost();
        if (host == null) {
            throw new IllegalArgumentException("not an absolute http(s) URL: " + apiBase);
        }
        if (host.toLowerCase(Locale.ROOT).startsWith("api.")) {
            String web = api.toString().replaceFirst("(?i)//api\\.", "//www.");
            return new CozeEndpoints(api, URI.create(web));
        }
        return new CozeEndpoints(api, api);
    }

    /** Endpoints with an explicit web base. */
    public static CozeEndpoints custom(String apiBase, String webBase) {
        return new CozeEndpoints(URI.create(apiBase.strip()), URI.create(webBase.strip()));
    }

    /** The public region these endpoints belong to, if any. */
    public Optional<CozeRegion> region() {
        for (CozeRegion region : CozeRegion.values()) {
            if (region.endpoints().apiBase.equals(apiBase)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    /** The same endpoints signing JWTs for {@code audience} ({@code null}: derive it again). */
    public CozeEndpoints withAudience(String audience) {
        return new CozeEndpoints(apiBase, webBase, audience);
    }

    /**
     * The JWT {@code aud} claim: the override if set, else the API host without scheme, with its
     * port when not default (the SDKs use the base URL's authority: coze-py {@code netloc}).
     */
    public String audience() {
        if (audienceOverride != null) {
            return audienceOverride;
        }
        return apiBase.getPort() < 0 ? apiBase.getHost() : apiBase.getHost() + ":" + apiBase.getPort();
    }

    /** {@code POST} target of every token grant. */
    public URI tokenUri() {
        return api(TOKEN_PATH);
    }

    /** {@code POST} target that starts the device flow. */
    public URI deviceCodeUri() {
        return api(DEVICE_CODE_PATH);
    }

    /** {@code POST} target that starts the device flow for one workspace (the SDKs' {@code workspaceId}). */
    public URI workspaceDeviceCodeUri(String workspaceId) {
        return api("/api/permission/oauth2/workspace_id/" + UrlEncoding.component(workspaceId) + "/device/code");
    }

    /** {@code POST} target of the JWT grant for an enterprise account (the SDKs' {@code accountId}). */
    public URI accountTokenUri(String accountId) {
        return api("/api/permission/oauth2/account/" + UrlEncoding.component(accountId) + "/token");
    }

    /** {@code GET} target of the token probe. */
    public URI usersMeUri() {
        return api(USERS_ME_PATH);
    }

    /** The authorize page, for all workspaces. */
    public URI authorizeUri() {
        return URI.create(webBase + AUTHORIZE_PATH);
    }

    /** The authorize page restricted to one workspace. */
    public URI workspaceAuthorizeUri(String workspaceId) {
        return URI.create(webBase + "/api/permission/oauth2/workspace_id/"
                + UrlEncoding.component(workspaceId) + "/authorize");
    }

    private URI api(String path) {
        return URI.create(apiBase + path);
    }

    private static URI normalized(URI base) {
        String text = base.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        URI uri = URI.create(text);
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
            throw new IllegalArgumentException("base URL must be http or https: " + base);
        }
        return uri;
    }
}
