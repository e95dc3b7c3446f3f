package dev.tokendoctor.oauth.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding of one query or path component ({@code #} becomes {@code %23}, space {@code %20}). */
public final class UrlEncoding {

    private UrlEncoding() {
    }

    public static String component(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
