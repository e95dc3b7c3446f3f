package dev.tokendoctor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.json.Json;
import java.time.Duration;
import java.time.Instant;

/**
 * The {@code --json} shape: every document starts with {@code schema}, {@code command} and
 * {@code exitCode}; the rest is per command (docs/cli.md, docs/cli.schema.json). A change that
 * removes or retypes a field raises the version in {@link #SCHEMA}; adding a field does not.
 */
final class JsonOut {

    static final String SCHEMA = "coze-token-doctor-cli/1";
    /** The app's shared mappers (the command line's own copies were two more to build). */
    static final ObjectMapper MAPPER = Json.mapper();
    private static final ObjectMapper PRETTY = Json.indented();

    static ObjectNode document(String command) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("command", command);
        root.put("exitCode", 0);
        return root;
    }

    /** Prints the document with its exit code filled in; returns the code. */
    static int print(Terminal terminal, ObjectNode document, int exitCode, boolean oneLine) {
        document.put("exitCode", exitCode);
        try {
            terminal.out().println((oneLine ? MAPPER : PRETTY).writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
        terminal.out().flush();
        return exitCode;
    }

    static void put(ObjectNode node, String field, Instant instant) {
        if (instant == null) {
            node.putNull(field);
        } else {
            node.put(field, instant.toString());
        }
    }

    static void put(ObjectNode node, String field, Duration duration) {
        if (duration == null) {
            node.putNull(field);
        } else {
            node.put(field, duration.getSeconds());
        }
    }

    private JsonOut() {
    }
}
