package dev.tokendoctor.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the routes see it.
 *
 * @param method  upper-case method
 * @param path    decoded path without query
 * @param query   first value of each query parameter
 * @param headers header values by lower-case name
 * @param body    the raw body
 */
record Request(String method, String path, Map<String, String> query,
               Map<String, List<String>> headers, byte[] body) {

    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The credential of {@code Authorization: Bearer …}, if any. */
    Optional<String> bearer() {
        String auth = header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String value = auth.substring(7).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The body as an {@code application/x-www-form-urlencoded} form. */
    Map<String, String> form() {
        return parseParams(new String(body, StandardCharsets.UTF_8));
    }

    Optional<Map<String, Object>> jsonBody() {
        return Json.readObject(body);
    }

    static Map<String, String> parseParams(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.putIfAbsent(key, value);
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
