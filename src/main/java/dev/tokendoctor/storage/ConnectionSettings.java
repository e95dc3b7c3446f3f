package dev.tokendoctor.storage;

/**
 * Which Coze app the doctor talks to. Names, not enums: the oauth layer owns the meaning of
 * {@code provider} ({@code SANDBOX}, {@code COZE_CN}, {@code COZE_COM}, {@code CUSTOM}) and
 * {@code flow} ({@code PKCE}, {@code AUTHORIZATION_CODE}, {@code DEVICE}, {@code JWT}).
 * Secrets are not here: they live in the {@link SecretStore}.
 *
 * @param refreshMarginSeconds refresh this long before expiry while the app runs (default 60)
 * @param autoRefresh          whether to refresh ahead of expiry at all
 * @param workspaceId          optional: the workspace a device code is asked for
 * @param accountId            optional: the enterprise account a JWT app gets tokens for
 */
public record ConnectionSettings(String provider, String customBaseUrl, String flow, String clientId,
                                 String redirectUri, String jwtAppId, String jwtKeyId,
                                 int refreshMarginSeconds, boolean autoRefresh, String workspaceId, String accountId) {

    public static final ConnectionSettings DEFAULT =
            new ConnectionSettings("SANDBOX", "", "PKCE", "", "", "", "", 60, true);

    public ConnectionSettings(String provider, String customBaseUrl, String flow, String clientId, String redirectUri,
                              String jwtAppId, String jwtKeyId, int refreshMarginSeconds, boolean autoRefresh) {
        this(provider, customBaseUrl, flow, clientId, redirectUri, jwtAppId, jwtKeyId, refreshMarginSeconds, autoRefresh, "", "");
    }

    public ConnectionSettings {
        provider = provider == null || provider.isBlank() ? "SANDBOX" : provider;
        flow = flow == null || flow.isBlank() ? "PKCE" : flow;
        customBaseUrl = nonNull(customBaseUrl);
        clientId = nonNull(clientId);
        redirectUri = nonNull(redirectUri);
        jwtAppId = nonNull(jwtAppId);
        jwtKeyId = nonNull(jwtKeyId);
        workspaceId = nonNull(workspaceId);
        accountId = nonNull(accountId);
        if (refreshMarginSeconds < 0 || refreshMarginSeconds > 3600) {
            refreshMarginSeconds = 60;
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s.trim();
    }
}
