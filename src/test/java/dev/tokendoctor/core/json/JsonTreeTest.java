package dev.tokendoctor.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Json#tree} and {@link TreeReader} against {@code ObjectMapper.readTree}: the same nodes, the same errors. */
class JsonTreeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The token parser's configuration: NaN and Infinity allowed, nothing after the value. */
    private static final ObjectMapper TOKEN_MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final TreeReader TOKEN_TREES =
            new TreeReader(JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build(), true);
    private static final int DEPTH = StreamReadConstraints.defaults().getMaxNestingDepth();

    @TempDir
    Path temp;

    static List<String> documents() {
        List<String> docs = new ArrayList<>(List.of(
                "{}", "[]", "{\"a\":1}", "[1,2,3]", "\"text\"", "42", "-0", "0.0", "-0.0", "true", "false", "null",
                "{\"a\":{\"b\":[1,{\"c\":null},[],{}]},\"d\":\"e\"}", "[[[[]]]]", "{\"a\":[{\"b\":[{\"c\":[]}]}]}",
                // numbers at the edges of int, long, BigInteger and double
                "[2147483647,2147483648,-2147483648,-2147483649]",
                "[9223372036854775807,9223372036854775808,-9223372036854775808,-9223372036854775809]",
                "[123456789012345678901234567890,-123456789012345678901234567890]",
                "[1.5,1e10,1E-10,-1.7976931348623157E308,4.9E-324,1e400,-1e400,1e-400,0.1,123456789.123456789012345]",
                "[1.0,10e0,3.4028235E38,1.4E-45]", "[01]", "[1.]", "[.5]", "[+1]", "[1e]", "[-]", "[--1]",
                "[NaN]", "[Infinity]", "[-Infinity]", "[+Infinity]", "NaN", "{\"n\":NaN}",
                // strings: unicode, escapes, surrogates, control characters
                "\"\\u00e9\\u4e2d\\ud83d\\ude00\\n\\t\\\"\\\\\\/\"", "\"中文 ✓ 😀\"", "\"\\ud800\"", "\"\\uZZZZ\"",
                "\"a\u0001b\"", "\"\\x\"", "{\"k\\u0000\":\"v\"}", "\"\"",
                // duplicates: the last wins, at its first place
                "{\"a\":1,\"b\":2,\"a\":3}", "{\"a\":{\"x\":1},\"a\":[2]}", "{\"a\":[1],\"a\":{\"y\":2},\"b\":0,\"a\":null}",
                // empty and whitespace-only
                "", " ", "\n\t\r ", "\uFEFF", "\uFEFF{\"a\":1}",
                // trailing content after the first value
                "{\"a\":1} x", "{\"a\":1}}", "{\"a\":1}{\"b\":2}", "[1] [2]", "1 2", "null null", "\"s\" ]", "{} // c",
                "{}\n", "true false", "[1]]", "42x",
                // truncated and malformed
                "{", "[", "{\"a\"", "{\"a\":", "{\"a\":1", "{\"a\":1,", "[1,", "[1,]", "{\"a\":1,}", "\"abc", "tru", "nul",
                "{a:1}", "{'a':1}", "[1 2]", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "}", "]", ":", ",", "{\"a\":}", "[,1]",
                "// comment\n{}", "/* c */ 1", "\u0000", "{\"a\":\"b\nc\"}", "\u00e9", "\"\\u12\"",
                "{\n  \"line\": 2,\n  \"oops\": ,\n}", "[\n\n   @]"));
        docs.add("[".repeat(DEPTH) + "]".repeat(DEPTH));
        docs.add("[".repeat(DEPTH + 1) + "]".repeat(DEPTH + 1));
        docs.add("{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH));
        docs.add("{\"a\":".repeat(DEPTH + 1) + "1" + "}".repeat(DEPTH + 1));
        docs.add("[" + "9".repeat(StreamReadConstraints.DEFAULT_MAX_NUM_LEN) + "]");
        docs.add("[" + "9".repeat(StreamReadConstraints.DEFAULT_MAX_NUM_LEN + 1) + "]");
        docs.add("[0." + "1".repeat(StreamReadConstraints.DEFAULT_MAX_NUM_LEN + 1) + "]");
        return docs;
    }

    @ParameterizedTest
    @MethodSource("documents")
    void readsEveryDocumentAsTheMapperDoes(String doc) throws Exception {
        assertSame(doc);
    }

    @Test
    void bytesWithAByteOrderMarkOrInOtherEncodingsReadAsTheMapperReadsThem() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertSameBytes(concat(bom, "{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8)));
        assertSameBytes(bom);
        assertSameBytes("{\"a\":1}".getBytes(StandardCharsets.UTF_16BE));
        assertSameBytes("{\"a\":1}".getBytes(StandardCharsets.UTF_16));
        assertSameBytes(new byte[] {'[', '"', (byte) 0xC3, '"', ']'}); // invalid UTF-8
        assertSameBytes(new byte[] {'"', (byte) 0xFF, '"'});
    }

    /** Every prefix and thousands of seeded random edits of the documents: each read the same way, good or bad. */
    @Test
    void mangledDocumentsReadAsTheMapperReadsThem() throws Exception {
        Random random = new Random(20261202);
        String alphabet = "{}[]:,\" \n\\0123456789.eE+-tfnulrNaIy\u00e9\ud83d\ude00/u";
        for (String doc : documents().stream().filter(d -> d.length() < 200).toList()) {
            for (int cut = 0; cut < doc.length(); cut++) {
                assertSame(doc.substring(0, cut));
            }
            for (int n = 0; n < 40; n++) {
                StringBuilder edited = new StringBuilder(doc);
                for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                    int at = random.nextInt(edited.length() + 1);
                    char c = alphabet.charAt(random.nextInt(alphabet.length()));
                    if (random.nextBoolean() && at < edited.length()) {
                        edited.setCharAt(at, c);
                    } else {
                        edited.insert(at, c);
                    }
                }
                assertSame(edited.toString());
            }
        }
    }

    @Test
    void anEmptyDocumentIsAMissingNodeAsForTheMapper() throws Exception {
        assertThat(Json.tree("").isMissingNode()).isTrue();
        assertThat(Json.tree(new byte[0]).isMissingNode()).isTrue();
        assertThat(Json.tree(Files.write(temp.resolve("empty.json"), new byte[0])).isMissingNode()).isTrue();
    }

    @Test
    void theMappersAreSharedAndConfiguredOnce() {
        assertThat(Json.mapper()).isSameAs(Json.mapper());
        assertThat(Json.indented().isEnabled(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)).isTrue();
        assertThat(Json.mapper().isEnabled(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)).isFalse();
        assertThat(Json.object()).isEqualTo(MAPPER.createObjectNode());
        assertThat(Json.array()).isEqualTo(MAPPER.createArrayNode());
    }

    private void assertSame(String doc) throws Exception {
        assertThat(outcome(() -> Json.tree(doc))).as("String %s", doc).isEqualTo(outcome(() -> MAPPER.readTree(doc)));
        assertThat(outcome(() -> TOKEN_TREES.readTree(doc))).as("token reader %s", doc)
                .isEqualTo(outcome(() -> TOKEN_MAPPER.readTree(doc)));
        assertSameBytes(doc.getBytes(StandardCharsets.UTF_8));
    }

    private void assertSameBytes(byte[] bytes) throws Exception {
        String as = new String(bytes, StandardCharsets.UTF_8);
        assertThat(outcome(() -> Json.tree(bytes))).as("bytes %s", as).isEqualTo(outcome(() -> MAPPER.readTree(bytes)));
        Path file = Files.write(temp.resolve("doc.json"), bytes);
        assertThat(outcome(() -> Json.tree(file))).as("file %s", as).isEqualTo(outcome(() -> MAPPER.readTree(file.toFile())));
    }

    interface Read {
        JsonNode read() throws Exception;
    }

    /** What a caller can see: the tree (its types, values and field order), or the error's type, place and words. */
    record Outcome(String nodeClass, JsonNode node, String text, String error, int line, int column, String original, String message) {
    }

    private static Outcome outcome(Read read) {
        try {
            JsonNode node = read.read();
            return new Outcome(node == null ? "null" : node.getClass().getName(), node, String.valueOf(node), null, 0, 0, null, null);
        } catch (JsonProcessingException e) {
            return new Outcome(null, null, null, e.getClass().getName(), e.getLocation() == null ? -1 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? -1 : e.getLocation().getColumnNr(), e.getOriginalMessage(), e.getMessage());
        } catch (Exception e) {
            return new Outcome(null, null, null, e.getClass().getName(), 0, 0, null, e.getMessage());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

}
