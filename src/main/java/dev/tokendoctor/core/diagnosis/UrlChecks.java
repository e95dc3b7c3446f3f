package dev.tokendoctor.core.diagnosis;

import static dev.tokendoctor.core.diagnosis.ConfigCheck.REDIRECT_URI;

import dev.tokendoctor.core.diagnosis.ConfigCheck.Context;
import dev.tokendoctor.core.diagnosis.ConfigFinding.Code;
import dev.tokendoctor.core.diagnosis.EnvFile.Entry;
import dev.tokendoctor.core.i18n.Msg;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The redirect URI and the region the base URLs point at. */
final class UrlChecks {

    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    private UrlChecks() {
    }

    static void redirectUri(Context ctx, String callbackRoute) {
        String raw = ctx.value(REDIRECT_URI);
        if (raw == null) {
            return;
        }
        String value = raw.strip();
        if (value.contains("#")) {
            ctx.add(Severity.HIGH, Code.REDIRECT_URI_HASH, FailureKind.REDIRECT_URI_MISMATCH, REDIRECT_URI,
                    Msg.of("config.redirect.hash", value), REDIRECT_URI + "=" + value.replace("#", "%23"));
            value = value.replace("#", "%23");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            ctx.add(Severity.HIGH, Code.REDIRECT_URI_INVALID, FailureKind.REDIRECT_URI_MISMATCH, REDIRECT_URI,
                    Msg.of("config.redirect.invalid", value, e.getIndex()), null);
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            ctx.add(Severity.HIGH, Code.REDIRECT_URI_INVALID, FailureKind.REDIRECT_URI_MISMATCH, REDIRECT_URI,
                    Msg.of("config.redirect.notHttp", value), null);
            return;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !LOCAL.contains(host)) {
            ctx.add(Severity.LOW, Code.REDIRECT_URI_INSECURE, null, REDIRECT_URI, Msg.of("config.redirect.http", host), null);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String served = path.replace("%23", "#");
        if (callbackRoute != null && !callbackRoute.isBlank() && !served.equals(callbackRoute.strip())) {
            String origin = scheme + "://" + uri.getRawAuthority();
            ctx.add(Severity.HIGH, Code.REDIRECT_URI_ROUTE, FailureKind.REDIRECT_URI_MISMATCH, REDIRECT_URI,
                    Msg.of("config.redirect.route", served, callbackRoute.strip()),
                    REDIRECT_URI + "=" + origin + callbackRoute.strip().replace("#", "%23"));
        }
        String port = uri.getPort() < 0 ? "-" : String.valueOf(uri.getPort());
        ctx.add(Severity.INFO, Code.REDIRECT_URI_REGISTER, null, REDIRECT_URI,
                Msg.of("config.redirect.register", value, scheme, host, port, path), null);
    }

    static void region(Context ctx, List<EnvFile> files) {
        Set<String> regions = new TreeSet<>();
        String apiKey = null;
        for (String key : ConfigCheck.BASE_URLS.stream().sorted().toList()) {
            String value = ctx.value(key);
            if (value == null) {
                continue;
            }
            String host = host(value);
            regions.add(regionOf(host));
            if (!key.contains("WWW") && host.startsWith("www.")) {
                ctx.add(Severity.LOW, Code.BASE_URL_HOST, null, key, Msg.of("config.baseUrl.www", key, host),
                        key + "=https://" + host.replaceFirst("^www\\.", "api."));
            }
            if (!key.contains("WWW")) {
                apiKey = key;
            }
        }
        regions.remove("other");
        if (regions.size() > 1) {
            String key = ConfigCheck.BASE_URLS.stream().filter(k -> ctx.value(k) != null).sorted().findFirst().orElse(null);
            ctx.add(Severity.HIGH, Code.REGION_CONFLICT, FailureKind.REGION_MISMATCH, key, Msg.of("config.region.conflict"), null);
        } else if (regions.isEmpty() && apiKey == null) {
            ctx.add(Severity.INFO, Code.REGION_DEFAULT, null, null, Msg.of("config.region.default"),
                    "VITE_COZE_BASE_URL=https://api.coze.cn");
        } else if (regions.contains("com") && looksChinese(ctx, files)) {
            ctx.add(Severity.MEDIUM, Code.REGION_NOTE, FailureKind.REGION_MISMATCH, apiKey, Msg.of("config.region.cnSetup"),
                    apiKey == null ? null : apiKey + "=https://api.coze.cn");
        } else if (!regions.isEmpty()) {
            ctx.add(Severity.INFO, Code.REGION_NOTE, null, apiKey,
                    Msg.of(regions.contains("cn") ? "config.region.cn" : "config.region.com"), null);
        }
    }

    /** A setup that points at coze.cn elsewhere (a redirect or a comment naming coze.cn / 扣子) or is written in Chinese. */
    private static boolean looksChinese(Context ctx, List<EnvFile> files) {
        boolean cnValue = ctx.values().values().stream()
                .map(Entry::value).anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("coze.cn") || CJK.matcher(v).find());
        return cnValue || files.stream().anyMatch(EnvFile::chinaHints);
    }

    private static String host(String url) {
        try {
            URI uri = new URI(url.strip());
            return uri.getHost() == null ? url.strip().toLowerCase(Locale.ROOT) : uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return url.strip().toLowerCase(Locale.ROOT);
        }
    }

    private static String regionOf(String host) {
        if (host.equals("coze.cn") || host.endsWith(".coze.cn")) {
            return "cn";
        }
        return host.equals("coze.com") || host.endsWith(".coze.com") ? "com" : "other";
    }
}
