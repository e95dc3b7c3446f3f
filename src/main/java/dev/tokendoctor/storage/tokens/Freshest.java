package dev.tokendoctor.storage.tokens;

import dev.tokendoctor.core.i18n.Msg;

/** The freshest {@code coze_oauth_tokens} across sources, with the reason it was chosen. */
public record Freshest(FoundToken token, Basis basis, Msg why) {

    /** What decided. */
    public enum Basis {
        /** The only readable candidate. */
        ONLY,
        /** It expires last. */
        EXPIRY,
        /** No expiry decided it: its store changed last. */
        LAST_MODIFIED
    }
}
