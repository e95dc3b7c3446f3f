package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.i18n.Msg;
import java.util.Objects;

/**
 * One thing the configuration check noticed.
 *
 * @param severity how much it matters
 * @param code     what was noticed
 * @param kind     the failure it causes, or null when it causes none (a note, a security problem)
 * @param file     the file name ({@code .env.local}), or null for the merged settings
 * @param line     the 1-based line, or 0
 * @param shown    the line as it may be shown: secret values replaced by fingerprints
 * @param message  the finding in words
 * @param fixLine  the exact line to write instead, or null
 */
public record ConfigFinding(Severity severity, Code code, FailureKind kind, String file, int line, String shown,
                            Msg message, String fixLine) {

    public ConfigFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        shown = shown == null ? "" : shown;
    }

    /** Where, as {@code .env.local:4}. */
    public String location() {
        return (file == null ? "" : file) + (line > 0 ? ":" + line : "");
    }

    /** What the check noticed. */
    public enum Code {
        BINARY, NOT_UTF8, INVALID_LINE, DUPLICATE_KEY, UNKNOWN_VARIABLES, COMMENT_CUT_VALUE,
        MISSING_VARIABLE, CLIENT_ID_FORMAT, REDIRECT_URI_INVALID, REDIRECT_URI_HASH, REDIRECT_URI_ROUTE,
        REDIRECT_URI_INSECURE, REDIRECT_URI_REGISTER, SECRET_EXPOSED, FLOW_MISMATCH, USE_JWT_VALUE,
        REGION_DEFAULT, REGION_CONFLICT, REGION_NOTE, BASE_URL_HOST, SCOPES_NOT_COZE
    }
}
