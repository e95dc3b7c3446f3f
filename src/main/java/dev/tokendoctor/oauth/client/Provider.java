package dev.tokendoctor.oauth.client;

/** Where the Coze app lives. */
public enum Provider {
    /** The built-in local Coze-compatible server: works offline, demo apps ready. */
    SANDBOX,
    /** 扣子 (coze.cn): {@code api.coze.cn} / {@code www.coze.cn}. */
    COZE_CN,
    /** Coze international (coze.com): {@code api.coze.com} / {@code www.coze.com}. */
    COZE_COM,
    /** Any other base URL (a proxy, a private deployment). */
    CUSTOM;

    /** Settings store names; an unknown name falls back to the sandbox. */
    public static Provider parse(String name) {
        for (Provider p : values()) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        return SANDBOX;
    }
}
