package dev.tokendoctor.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a JSON tree the way {@code ObjectMapper.readTree} does (same nodes, same errors), with
 * jackson-core's streaming parser alone: building an {@code ObjectMapper} loads some 280 databind
 * classes, which cost the first frame a tenth of a second for files the app reads at start.
 * The loop mirrors databind's {@code JsonNodeDeserializer} with the mapper's default features:
 * ints as int, long or BigInteger nodes by size, floats as doubles, the last of duplicate keys wins,
 * no recursion (the parser's nesting limit applies), an empty input is a missing node.
 */
public final class TreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final JsonFactory factory;
    private final boolean failOnTrailingTokens;

    /**
     * @param factory              the parser features (as the mapper's {@code enable(JsonParser.Feature)} sets them)
     * @param failOnTrailingTokens as {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}
     */
    public TreeReader(JsonFactory factory, boolean failOnTrailingTokens) {
        this.factory = factory;
        this.failOnTrailingTokens = failOnTrailingTokens;
    }

    public JsonFactory factory() {
        return factory;
    }

    /** As {@code readTree(String)}: a string has no I/O, so any other I/O error is wrapped as the mapper does. */
    public JsonNode readTree(String text) throws JsonProcessingException {
        try {
            return readAndClose(factory.createParser(text));
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw JsonMappingException.fromUnexpectedIOE(e);
        }
    }

    /** Reads the first value of the parser's input and closes it. */
    public JsonNode readAndClose(JsonParser parser) throws IOException {
        try (JsonParser p = parser) {
            JsonToken t = p.currentToken();
            if (t == null) {
                t = p.nextToken();
                if (t == null) {
                    return NODES.missingNode();
                }
            }
            JsonNode root = switch (t) {
                case START_OBJECT -> container(p, NODES.objectNode());
                case START_ARRAY -> container(p, NODES.arrayNode());
                default -> scalar(p, t);
            };
            if (failOnTrailingTokens) {
                JsonToken trailing = p.nextToken();
                if (trailing != null) {
                    // databind's own words (DeserializationContext.reportTrailingTokens), so callers see no difference
                    throw MismatchedInputException.from(p, JsonNode.class, "Trailing token (of type " + trailing
                            + ") found after value (bound as `" + JsonNode.class.getName() + "`): not allowed as per "
                            + "`DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
                }
            }
            return root;
        }
    }

    /** The tree of an object or array whose start token is current; a stack instead of recursion, as databind. */
    private static JsonNode container(JsonParser p, ContainerNode<?> root) throws IOException {
        Deque<ContainerNode<?>> stack = new ArrayDeque<>();
        ContainerNode<?> current = root;
        while (current != null) {
            ContainerNode<?> child = current instanceof ObjectNode object ? fillObject(p, object) : fillArray(p, (ArrayNode) current);
            if (child != null) {
                stack.push(current);
                current = child;
            } else {
                current = stack.poll();
            }
        }
        return root;
    }

    /** Adds fields until the object ends (null) or a nested container starts (returned, already added). */
    private static ContainerNode<?> fillObject(JsonParser p, ObjectNode object) throws IOException {
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            JsonNode value = t == JsonToken.START_OBJECT ? NODES.objectNode()
                    : t == JsonToken.START_ARRAY ? NODES.arrayNode() : scalar(p, t);
            object.replace(name, value);
            if (value instanceof ContainerNode<?> nested) {
                return nested;
            }
        }
        return null;
    }

    /** Adds elements until the array ends (null) or a nested container starts (returned, already added). */
    private static ContainerNode<?> fillArray(JsonParser p, ArrayNode array) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            JsonNode value = t == JsonToken.START_OBJECT ? NODES.objectNode()
                    : t == JsonToken.START_ARRAY ? NODES.arrayNode() : scalar(p, t);
            array.add(value);
            if (value instanceof ContainerNode<?> nested) {
                return nested;
            }
        }
        return null;
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            throw new JsonParseException(p, "Unexpected end-of-input");
        }
        return switch (t) {
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> p.getNumberTypeFP() == JsonParser.NumberTypeFP.BIG_DECIMAL
                    ? NODES.numberNode(p.getDecimalValue()) : p.getNumberTypeFP() == JsonParser.NumberTypeFP.FLOAT32
                    ? NODES.numberNode(p.getFloatValue()) : NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(p, "Unexpected token (" + t + ") for a JSON tree");
        };
    }
}
