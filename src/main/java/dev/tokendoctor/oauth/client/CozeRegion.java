package dev.tokendoctor.oauth.client;

/** The two public Coze deployments. A custom base URL (a local sandbox) has no region. */
public enum CozeRegion {
    /** 扣子, coze.cn. */
    CN("https://api.coze.cn", "https://www.coze.cn"),
    /** International, coze.com: the SDKs' default. */
    COM("https://api.coze.com", "https://www.coze.com");

    private final String apiBase;
    private final String webBase;

    CozeRegion(String apiBase, String webBase) {
        this.apiBase = apiBase;
        this.webBase = webBase;
    }

    /** The endpoints of this region. */
    public CozeEndpoints endpoints() {
        return CozeEndpoints.custom(apiBase, webBase);
    }
}
