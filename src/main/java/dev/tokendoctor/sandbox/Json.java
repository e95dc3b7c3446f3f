package dev.tokendoctor.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** JSON in and out, as plain maps: the sandbox has no DTOs to open to Jackson. */
final class Json {

    /** Built on the first request the sandbox serves, not when the app's start-up first touches the sandbox. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private Json() {
    }

    static byte[] write(Object value) {
        try {
            return Mapper.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object in {@code body}, or empty when it is not a JSON object. */
    static Optional<Map<String, Object>> readObject(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Mapper.MAPPER.readValue(body, MAP));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
