package dev.tokendoctor.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.token.TokenRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The stored form: the shape Coze returns ({@code access_token}, {@code refresh_token},
 * {@code expires_in} as Unix seconds, {@code token_type}) plus the issue times the app learned.
 */
public final class TokenJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static byte[] toBytes(TokenRecord record) {
        ObjectNode node = JSON.createObjectNode();
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
        try {
            return JSON.writeValueAsString(node).concat("\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    private static void putSeconds(ObjectNode node, String field, Instant instant) {
        if (instant != null) {
            node.put(field, instant.getEpochSecond());
        }
    }

    private TokenJson() {
    }
}
