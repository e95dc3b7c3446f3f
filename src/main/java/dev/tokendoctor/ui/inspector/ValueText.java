package dev.tokendoctor.ui.inspector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tokendoctor.core.json.Json;
import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.storage.tokens.TokenFinder;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * A stored value as the value pane shows it: JSON pretty-printed, and anything that is or holds a
 * token shown as its {@link Fingerprint} unless the user revealed it.
 */
final class ValueText {

    /** The pane shows at most this much; a 10 MB value would make the text control crawl. */
    static final int MAX_SHOWN = 64 * 1024;
    /** Beyond this a value is shown as text, not parsed. */
    private static final int MAX_JSON = 1 << 20;

    /**
     * @param secret   whether the value is known to be a token (its key or the token finder says so)
     * @param revealed the user's explicit choice to see it in full
     */
    static String show(String value, boolean secret, boolean revealed) {
        if (value == null) {
            return "";
        }
        String text = value.strip();
        JsonNode tree = parse(text);
        if (tree != null && tree.isContainerNode()) {
            return cut(pretty(revealed ? tree : masked(tree)));
        }
        if (!revealed && (secret || TokenFinder.looksLikeToken(text))) {
            return Fingerprint.text(value);
        }
        return cut(value);
    }

    /** Whether a value would be shown differently once revealed. */
    static boolean hidesSomething(String value, boolean secret) {
        return value != null && !show(value, secret, false).equals(show(value, secret, true));
    }

    private static JsonNode masked(JsonNode node) {
        JsonNode copy = node.deepCopy();
        mask(copy);
        return copy;
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual() && secretField(field.getKey(), field.getValue().asText())) {
                    field.setValue(TextNode.valueOf(Fingerprint.text(field.getValue().asText())));
                } else {
                    mask(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isTextual() && TokenFinder.looksLikeToken(item.asText())) {
                    array.set(i, TextNode.valueOf(Fingerprint.text(item.asText())));
                } else {
                    mask(item);
                }
            }
        }
    }

    private static boolean secretField(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        return (n.contains("token") && !n.contains("type")) || n.contains("secret") || n.contains("password") || n.equals("code")
                || n.contains("private_key") || TokenFinder.looksLikeToken(value);
    }

    private static JsonNode parse(String text) {
        if (!(text.startsWith("{") || text.startsWith("[")) || text.length() > MAX_JSON) {
            return null;
        }
        try {
            return Json.indented().readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String pretty(JsonNode tree) {
        try {
            return Json.indented().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            return tree.toString();
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "\n…";
    }

    private ValueText() {
    }
}
