package dev.tokendoctor.core.diagnosis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Coze answers out of pasted text: error JSON anywhere in it (OAuth
 * {@code {error, error_code, error_message}} and business {@code {code, msg, detail:{logid}}}),
 * and the one-line forms the SDKs print ({@code code: 4100, msg: …, logid: …},
 * {@code HttpCode: 401, Code: invalid_client, Message: …, LogID: …}).
 */
final class AnswerReader {

    /** Built on the first diagnosis, not when the class loads on the way to the first frame. */
    private static final class Lenient {
        static final ObjectMapper JSON = new ObjectMapper()
                .enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES)
                .enable(JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES);
    }
    private static final int MAX_OBJECTS = 20;

    private static final Pattern STATUS = Pattern.compile(
            "(?i)(?:HTTP/\\d(?:\\.\\d)?\\s+|\\bHTTP\\s+|HttpCode:\\s*|status(?:\\s*code)?\\s*[:=]\\s*|statusCode=|\\bstatus\\s+)([1-5]\\d\\d)\\b");
    private static final Pattern BUSINESS = Pattern.compile(
            "(?i)(?:\\bcode\\b['\"]?\\s*[:=]\\s*|\\bcode\\s+|\\berror code\\s*|错误码\\s*[:]?\\s*)([1-9]\\d{3,8})\\b"
                    + "|\\b(7000\\d{5})\\b|\\[(4\\d{3})\\]");
    private static final Pattern GO_ERROR = Pattern.compile("(?i)\\bCode(?::\\s*|=)(?!undefined\\b|null\\b|none\\b)([a-z_]{5,40})\\b");
    private static final Pattern URL_ERROR = Pattern.compile("[?&#]error=([a-z_]{3,40})");
    private static final Pattern MESSAGE = Pattern.compile(
            "(?i)\\b(?:msg|Message|error_description|error_message|errorMessage)\\s*[:=]\\s*(.{1,300}?)(?:,\\s*(?:logid|Param|LogID|detail)\\b|&|$)",
            Pattern.MULTILINE);

    private AnswerReader() {
    }

    /** Every answer found: each JSON error object, or else one answer read from the text's one-line forms. */
    static List<HttpAnswer> read(String text) {
        List<HttpAnswer> answers = new ArrayList<>(fromJson(text));
        if (answers.isEmpty()) {
            HttpAnswer line = fromLine(text);
            if (line != null) {
                answers.add(line);
            }
        }
        return answers;
    }

    private static List<HttpAnswer> fromJson(String text) {
        List<HttpAnswer> answers = new ArrayList<>();
        int status = status(text);
        String headerLogId = LogIds.find(text);
        int from = 0;
        for (int tries = 0; tries < MAX_OBJECTS; tries++) {
            int open = text.indexOf('{', from);
            if (open < 0) {
                break;
            }
            from = open + 1;
            try (JsonParser parser = Lenient.JSON.createParser(text.substring(open))) {
                JsonNode node = parser.readValueAsTree();
                if (node == null || !node.isObject()) {
                    continue;
                }
                from = open + (int) Math.max(1, parser.currentLocation().getCharOffset());
                HttpAnswer answer = fromNode(find(node, 0), status, headerLogId);
                if (answer != null) {
                    answers.add(answer);
                }
            } catch (java.io.IOException | RuntimeException notJson) {
                // not an object starting here: try the next brace
            }
        }
        return answers;
    }

    /** The object holding the error fields, looked for a few levels down ({@code response.data}, …). */
    private static JsonNode find(JsonNode node, int depth) {
        if (node.has("error") || node.has("error_code") || node.has("msg") || node.has("code")) {
            return node;
        }
        if (depth < 4) {
            for (JsonNode child : node) {
                if (child.isObject()) {
                    JsonNode found = find(child, depth + 1);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static HttpAnswer fromNode(JsonNode node, int status, String headerLogId) {
        if (node == null) {
            return null;
        }
        String error = text(node, "error");
        JsonNode rawCode = node.path("code");
        Integer code = rawCode.isIntegralNumber() || rawCode.asText().matches("\\d{1,9}") ? rawCode.asInt() : null;
        if (code != null && code == 0) {
            code = null;
        }
        if (error == null && code == null && text(node, "error_code") == null) {
            return null;
        }
        String message = first(text(node, "error_message"), text(node, "error_description"), text(node, "msg"),
                text(node, "message"));
        String logId = first(text(node.path("detail"), "logid"), text(node, "logid"), text(node, "log_id"), headerLogId);
        int answerStatus = node.path("status").canConvertToInt() ? node.path("status").asInt() : status;
        return new HttpAnswer(HttpAnswer.Call.UNKNOWN, answerStatus, error, text(node, "error_code"), message, code, logId);
    }

    private static HttpAnswer fromLine(String text) {
        Integer code = null;
        Matcher business = BUSINESS.matcher(text);
        if (business.find()) {
            code = Integer.valueOf(business.group(1) != null ? business.group(1)
                    : business.group(2) != null ? business.group(2) : business.group(3));
        }
        String error = group(URL_ERROR, text);
        if (error == null) {
            error = group(GO_ERROR, text);
        }
        int status = status(text);
        if (code == null && error == null && status == 0) {
            return null;
        }
        String message = group(MESSAGE, text);
        return new HttpAnswer(HttpAnswer.Call.UNKNOWN, status, error, null, message, code, LogIds.find(text));
    }

    private static int status(String text) {
        String s = group(STATUS, text);
        return s == null ? 0 : Integer.parseInt(s);
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).trim() : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
