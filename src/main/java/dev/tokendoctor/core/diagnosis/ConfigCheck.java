package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.diagnosis.ConfigFinding.Code;
import dev.tokendoctor.core.diagnosis.EnvFile.Entry;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.redact.Redactor;
import dev.tokendoctor.core.redact.SecretNames;
import dev.tokendoctor.core.token.Fingerprint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a web project's Coze settings in its {@code .env}, {@code .env.local},
 * {@code .env.development} (…) files, merged as Vite merges them: {@code .env} &lt; {@code .env.local}
 * &lt; {@code .env.<mode>} &lt; {@code .env.<mode>.local}.
 */
public final class ConfigCheck {

    public static final String USE_JWT = "VITE_COZE_USE_JWT";
    public static final String CLIENT_ID = "VITE_COZE_CLIENT_ID";
    public static final String CLIENT_SECRET = "VITE_COZE_CLIENT_SECRET";
    public static final String REDIRECT_URI = "VITE_COZE_REDIRECT_URI";
    /** The variables that name a Coze host. */
    public static final Set<String> BASE_URLS = Set.of("VITE_COZE_BASE_URL", "VITE_COZE_API_BASE", "VITE_COZE_API_BASE_URL",
            "VITE_COZE_API_URL", "VITE_COZE_WWW_BASE", "VITE_COZE_WWW_BASE_URL", "VITE_COZE_WWW_URL");
    private static final Set<String> KNOWN = Set.of(USE_JWT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI);
    private static final Pattern CLIENT_ID_FORMAT = Pattern.compile("\\d{32}\\.app\\.coze");
    private static final Pattern APP_ID_FORMAT = Pattern.compile("\\d{6,32}");
    private static final Pattern SCOPES = Pattern.compile(
            "(?i)\\b(?:chat|bot|bots|workspace|conversation|message|file|knowledge|dataset|workflow|user):(?:read|write)\\b");

    private final String callbackRoute;

    /**
     * @param callbackRoute the route the web app serves its OAuth callback on, e.g.
     *                      {@code /oauth/callback}; null when unknown (the redirect URI's path is then not compared)
     */
    public ConfigCheck(String callbackRoute) {
        this.callbackRoute = callbackRoute;
    }

    /** Checks the files together. */
    public ConfigReport check(EnvFile... files) {
        return check(List.of(files));
    }

    /** Checks the files together; their order in the list breaks ties between equally ranked names. */
    public ConfigReport check(List<EnvFile> files) {
        List<EnvFile> ordered = files.stream().sorted(Comparator.comparingInt(f -> rank(f.name()))).toList();
        List<ConfigFinding> findings = new ArrayList<>();
        Map<String, Entry> values = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (EnvFile file : ordered) {
            findings.addAll(file.problems());
            file.effective().forEach((key, entry) -> {
                values.put(key, entry);
                fileOf.put(key, file.name());
            });
        }
        Context ctx = new Context(values, fileOf, findings);
        boolean jwt = "true".equalsIgnoreCase(ctx.value(USE_JWT)) || "1".equals(ctx.value(USE_JWT));
        checkMissing(ctx, jwt);
        checkUseJwt(ctx, jwt);
        checkClientId(ctx, jwt);
        checkSecrets(ctx);
        checkCommentCuts(ctx);
        UrlChecks.redirectUri(ctx, callbackRoute);
        UrlChecks.region(ctx, ordered);
        checkScopes(ctx);
        checkUnknown(ctx);
        List<ConfigReport.Setting> settings = values.values().stream()
                .map(e -> new ConfigReport.Setting(e.key(), e.shownValue(), fileOf.get(e.key()), e.line())).toList();
        return new ConfigReport(findings, settings);
    }

    /** Vite's precedence by file name: {@code .env} 0, {@code .env.local} 1, {@code .env.<mode>} 2, {@code .env.<mode>.local} 3. */
    static int rank(String name) {
        String n = name == null ? "" : name.substring(name.lastIndexOf('/') + 1);
        if (n.equals(".env")) {
            return 0;
        }
        if (n.equals(".env.local")) {
            return 1;
        }
        return n.endsWith(".local") ? 3 : 2;
    }

    private static void checkMissing(Context ctx, boolean jwt) {
        if (ctx.value(CLIENT_ID) == null) {
            ctx.add(Severity.HIGH, Code.MISSING_VARIABLE, FailureKind.CONFIGURATION_MISSING, CLIENT_ID,
                    Msg.of("config.missing", CLIENT_ID), CLIENT_ID + "=<32 digits>.app.coze");
        }
        if (!jwt && ctx.value(REDIRECT_URI) == null) {
            ctx.add(Severity.HIGH, Code.MISSING_VARIABLE, FailureKind.CONFIGURATION_MISSING, REDIRECT_URI,
                    Msg.of("config.missing", REDIRECT_URI), REDIRECT_URI + "=http://localhost:8082/oauth/callback");
        }
    }

    private static void checkUseJwt(Context ctx, boolean jwt) {
        String use = ctx.value(USE_JWT);
        if (use != null && !use.matches("(?i)true|false|1|0")) {
            ctx.add(Severity.LOW, Code.USE_JWT_VALUE, null, USE_JWT, Msg.of("config.useJwtValue", use), USE_JWT + "=false");
        }
        if (jwt && ctx.value(CLIENT_SECRET) != null) {
            ctx.add(Severity.MEDIUM, Code.FLOW_MISMATCH, FailureKind.APP_DISABLED_OR_WRONG_TYPE, USE_JWT,
                    Msg.of("config.flowMismatch", USE_JWT, CLIENT_SECRET), null);
        }
    }

    private static void checkClientId(Context ctx, boolean jwt) {
        String id = ctx.value(CLIENT_ID);
        if (id == null || CLIENT_ID_FORMAT.matcher(id).matches() || (jwt && APP_ID_FORMAT.matcher(id).matches())) {
            return;
        }
        Msg why = id.matches("\\d{32}") ? Msg.of("config.clientId.suffix", id)
                : Msg.of("config.clientId.format", id.strip().equals(id) ? id : "\"" + id + "\"");
        String fix = id.strip().matches("\\d{32}(\\.app\\.coze)?") ? CLIENT_ID + "=" + id.strip().replace(".app.coze", "") + ".app.coze"
                : CLIENT_ID + "=<32 digits>.app.coze";
        ctx.add(Severity.HIGH, Code.CLIENT_ID_FORMAT, FailureKind.INVALID_CLIENT, CLIENT_ID, why, fix);
    }

    /** Vite inlines every {@code VITE_*} variable into the JavaScript each visitor downloads. */
    private static void checkSecrets(Context ctx) {
        for (Entry e : ctx.values().values()) {
            if (e.key().startsWith("VITE_") && EnvFile.isSecret(e.key()) && !SecretNames.isHarmless(e.key(), e.value())) {
                ctx.add(Severity.HIGH, Code.SECRET_EXPOSED, null, e.key(),
                        Msg.of("config.secretExposed", e.key(), Fingerprint.text(e.value())), "# " + e.key() + " removed");
            }
        }
    }

    private static void checkCommentCuts(Context ctx) {
        for (Entry e : ctx.values().values()) {
            if (e.dropped() != null) {
                boolean secret = EnvFile.isSecret(e.key());
                String dropped = secret ? Fingerprint.text(e.dropped()) : Redactor.scrub(e.dropped());
                // a redirect URI carries its # as %23 (Coze's rule), which needs no quotes; anything else is quoted
                String fix = secret ? null : e.key().equals(REDIRECT_URI)
                        ? e.key() + "=" + (e.value() + e.dropped()).replace("#", "%23")
                        : e.key() + "=\"" + e.value() + e.dropped() + "\"";
                ctx.add(Severity.MEDIUM, Code.COMMENT_CUT_VALUE, null, e.key(),
                        Msg.of("config.commentCut", e.key(), dropped), fix);
            }
        }
    }

    private static void checkScopes(Context ctx) {
        for (Entry e : ctx.values().values()) {
            if (!EnvFile.isSecret(e.key()) && (SCOPES.matcher(e.value()).find() || e.key().matches("(?i).*_(SCOPES?|PERMISSIONS?)"))) {
                ctx.add(Severity.INFO, Code.SCOPES_NOT_COZE, null, e.key(), Msg.of("config.scopes", e.key()), null);
            }
        }
    }

    private static void checkUnknown(Context ctx) {
        List<String> unknown = ctx.values().keySet().stream()
                .filter(k -> !KNOWN.contains(k) && !BASE_URLS.contains(k)).toList();
        if (!unknown.isEmpty()) {
            ctx.add(Severity.INFO, Code.UNKNOWN_VARIABLES, null, null,
                    Msg.of("config.unknown", String.join(", ", unknown)), null);
        }
    }

    /** The merged values and the findings list the checks add to. */
    record Context(Map<String, Entry> values, Map<String, String> fileOf, List<ConfigFinding> findings) {

        /** The value, null when absent or blank. */
        String value(String key) {
            Entry e = values.get(key);
            return e == null || e.value().isBlank() ? null : e.value();
        }

        void add(Severity severity, Code code, FailureKind kind, String key, Msg message, String fix) {
            Entry e = key == null ? null : values.get(key);
            findings.add(new ConfigFinding(severity, code, kind, key == null ? null : fileOf.get(key),
                    e == null ? 0 : e.line(), e == null ? "" : e.shown(), message, fix));
        }
    }
}
