package dev.tokendoctor.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The app's JSON: trees read without an {@code ObjectMapper} (what the start path needs), and the
 * shared mappers for writing and for the rest, each made on its first use. A mapper in a static
 * field of a class loaded at start-up put all of databind on the way to the first frame.
 */
public final class Json {

    private static final TreeReader TREES = new TreeReader(new JsonFactory(), false);

    /** The holder idiom: the mappers are built when a caller first asks, not when {@link Json} loads. */
    private static final class Mappers {
        static final ObjectMapper PLAIN = new ObjectMapper();
        static final ObjectMapper INDENTED = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private Json() {
    }

    /** The shared mapper with Jackson's defaults; not to be reconfigured. */
    public static ObjectMapper mapper() {
        return Mappers.PLAIN;
    }

    /** The shared mapper that writes indented ({@code INDENT_OUTPUT}); not to be reconfigured. */
    public static ObjectMapper indented() {
        return Mappers.INDENTED;
    }

    /** As {@code new ObjectMapper().readTree(bytes)}: a missing node for empty input, the same exceptions. */
    public static JsonNode tree(byte[] bytes) throws IOException {
        return TREES.readAndClose(TREES.factory().createParser(bytes));
    }

    /** As {@code new ObjectMapper().readTree(text)}. */
    public static JsonNode tree(String text) throws JsonProcessingException {
        return TREES.readTree(text);
    }

    /** As {@code new ObjectMapper().readTree(file.toFile())} (the same parser, so the same line and column in errors). */
    public static JsonNode tree(Path file) throws IOException {
        return TREES.readAndClose(TREES.factory().createParser(file.toFile()));
    }

    /** A new empty object node, as {@code mapper().createObjectNode()}. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A new empty array node, as {@code mapper().createArrayNode()}. */
    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }
}
