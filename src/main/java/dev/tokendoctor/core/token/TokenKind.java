package dev.tokendoctor.core.token;

/** What a token string is, judged by its form alone. Coze tokens are opaque; only JWTs decode. */
public enum TokenKind {
    /** {@code czu_…}: a user's OAuth access token (code, PKCE or device flow). */
    COZE_USER("czu_"),
    /** {@code czs_…}: a service app's access token from the JWT flow. */
    COZE_SERVICE("czs_"),
    /** {@code pat_…}: a personal access token made in the Coze console. */
    PERSONAL("pat_"),
    /** Three dot-separated base64url parts. */
    JWT(""),
    /** Anything else. */
    OPAQUE("");

    private final String prefix;

    TokenKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** Whether a refresh token can exist for this kind (Coze issues none to JWT-flow and PAT tokens). */
    public boolean refreshable() {
        return this != COZE_SERVICE && this != PERSONAL;
    }

    public static TokenKind of(String token) {
        if (token == null) {
            return OPAQUE;
        }
        for (TokenKind kind : values()) {
            if (!kind.prefix.isEmpty() && token.startsWith(kind.prefix)) {
                return kind;
            }
        }
        return token.chars().filter(c -> c == '.').count() == 2 ? JWT : OPAQUE;
    }
}
