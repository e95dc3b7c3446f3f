package dev.tokendoctor.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a route answers; {@link #drop()} closes the connection without a response.
 *
 * @param status      HTTP status
 * @param contentType media type with charset, or {@code null} for no body
 * @param body        the body bytes
 * @param headers     extra response headers
 * @param dropped     close the connection instead of answering
 */
record Answer(int status, String contentType, byte[] body, Map<String, String> headers,
              boolean dropped) {

    static Answer json(int status, Object value) {
        return new Answer(status, "application/json; charset=utf-8", Json.write(value), Map.of(), false);
    }

    static Answer html(int status, String html) {
        return new Answer(status, "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8), Map.of(), false);
    }

    static Answer text(int status, String text) {
        return new Answer(status, "text/plain; charset=utf-8",
                text.getBytes(StandardCharsets.UTF_8), Map.of(), false);
    }

    static Answer redirect(String location) {
        return new Answer(302, null, new byte[0], Map.of("Location", location), false);
    }

    static Answer drop() {
        return new Answer(0, null, new byte[0], Map.of(), true);
    }

    /** An OAuth error in Coze's shape: {@code error}, {@code error_code}, {@code error_message}. */
    static Answer oauthError(int status, String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_code", error);
        body.put("error_message", message);
        return json(status, body);
    }

    Answer withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Answer(status, contentType, body, Map.copyOf(copy), dropped);
    }
}
