package dev.tokendoctor.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.json.Json;
import dev.tokendoctor.core.token.JwtDecoder;
import dev.tokendoctor.core.token.TokenRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * The stored form: the shape Coze returns ({@code access_token}, {@code refresh_token},
 * {@code expires_in} as Unix seconds, {@code token_type}) plus the issue times the app learned, so
 * other tools can read it; and, under {@value #EXACT}, the exact instants (ISO-8601), so that
 * what the parser accepted comes back identical: an expiry in 1971 or the year 10000, an issue
 * time before 1970, sub-second times. Non-ASCII is escaped, so a lone surrogate survives UTF-8.
 */
public final class TokenJson {

    /** The field holding the exact times; its presence marks a file this app wrote. */
    static final String EXACT = "token_doctor_exact";
    /** Unix seconds the parser reads back as such (below: a duration; above: milliseconds). */
    private static final long SECONDS_MIN = 100_000_000L;
    private static final long SECONDS_MAX = 100_000_000_000L;

    /** The writer, built on the first save: the start path only reads ({@link Json#tree}), and a mapper costs the first frame. */
    private static final class Writer {
        static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    }

    public static byte[] toBytes(TokenRecord record) {
        ObjectNode node = Json.object();
        node.put("access_token", record.accessToken());
        if (record.refreshToken() != null) {
            node.put("refresh_token", record.refreshToken());
        }
        putSeconds(node, "expires_in", record.expiresAt());
        if (record.tokenType() != null) {
            node.put("token_type", record.tokenType());
        }
        putSeconds(node, "obtained_at", record.issuedAt());
        putSeconds(node, "refresh_issued_at", record.refreshIssuedAt());
        ObjectNode exact = node.putObject(EXACT);
        exact.put("version", 1);
        putInstant(exact, "expires_at", record.expiresAt());
        putInstant(exact, "issued_at", record.issuedAt());
        putInstant(exact, "refresh_issued_at", record.refreshIssuedAt());
        try {
            return Writer.JSON.writeValueAsString(node).concat("\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    /** The record exactly as {@link #toBytes} wrote it; empty when the file is not (wholly) this app's form. */
    public static Optional<TokenRecord> read(byte[] bytes) {
        try {
            JsonNode node = Json.tree(bytes);
            JsonNode exact = node == null ? null : node.get(EXACT);
            if (exact == null || exact.path("version").asInt() != 1 || !node.path("access_token").isTextual()) {
                return Optional.empty();
            }
            String access = node.get("access_token").textValue();
            JwtDecoder.Result jwt = JwtDecoder.looksLikeJwt(access) ? JwtDecoder.decode(access) : null;
            return Optional.of(new TokenRecord(access, text(node, "refresh_token"), instant(exact, "expires_at"),
                    instant(exact, "issued_at"), instant(exact, "refresh_issued_at"), text(node, "token_type"),
                    jwt != null && jwt.ok() ? jwt.details() : null));
        } catch (IOException | DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Only seconds the parser reads back as the same instant; the exact form holds the rest. */
    private static void putSeconds(ObjectNode node, String field, Instant instant) {
        if (instant != null && instant.getEpochSecond() >= SECONDS_MIN && instant.getEpochSecond() < SECONDS_MAX) {
            node.put(field, instant.getEpochSecond());
        }
    }

    private static void putInstant(ObjectNode node, String field, Instant instant) {
        if (instant != null) {
            node.put(field, instant.toString());
        }
    }

    private static Instant instant(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : Instant.parse(value.asText());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? null : value.textValue();
    }

    private TokenJson() {
    }
}
