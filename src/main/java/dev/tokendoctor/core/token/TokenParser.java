package dev.tokendoctor.core.token;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.json.TreeReader;
import dev.tokendoctor.core.token.ParseResult.Rejected;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The tolerant reader for whatever a web app keeps under {@code coze_oauth_tokens} and whatever
 * Coze returns: JSON in several shapes (nested, double-encoded), or a bare token. Never throws on
 * bad input; returns a {@link ParseResult} that says what was chosen and why, or what is wrong
 * and where.
 */
public final class TokenParser {

    /** localStorage values are small; a megabyte is far beyond any token record. */
    public static final int MAX_CHARS = 1 << 20;

    /**
     * Shared with {@link RecordReader} so a double-encoded value is read by the same rules: NaN and
     * Infinity allowed, nothing after the value (as a mapper with {@code FAIL_ON_TRAILING_TOKENS}).
     * No {@code ObjectMapper}: the stored token is parsed on the way to the first frame.
     */
    static final TreeReader JSON = new TreeReader(JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build(), true);

    private final Clock clock;

    public TokenParser(Clock clock) {
        this.clock = clock;
    }

    /** Reads bytes from a file or the clipboard: rejects binary and invalid UTF-8 with the offset. */
    public ParseResult parse(byte[] bytes) {
        if (bytes.length > MAX_CHARS * 4L) {
            return tooLarge(bytes.length);
        }
        int start = startsWithBom(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return reject(ParseProblem.Code.BINARY, "byte " + i, Msg.of("parse.binary", i));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return parse(decoder.decode(buffer).toString());
        } catch (CharacterCodingException e) {
            int offset = buffer.position();
            return reject(ParseProblem.Code.BINARY, "byte " + offset, Msg.of("parse.notUtf8", offset));
        }
    }

    /** Reads pasted or stored text. */
    public ParseResult parse(String text) {
        if (text == null || text.isBlank()) {
            return reject(ParseProblem.Code.EMPTY, "input", Msg.of("parse.empty"));
        }
        if (text.length() > MAX_CHARS) {
            return tooLarge(text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                return reject(ParseProblem.Code.BINARY, "char " + i, Msg.of("parse.control", i, Integer.toHexString(c)));
            }
        }
        String trimmed = stripBom(text.trim());
        if (trimmed.isEmpty()) {
            return reject(ParseProblem.Code.EMPTY, "input", Msg.of("parse.empty"));
        }
        char first = trimmed.charAt(0);
        if (first == '{' || first == '[' || first == '"') {
            return parseJson(trimmed);
        }
        return new RecordReader(clock.instant()).bareToken(unwrap(trimmed), "$");
    }

    private ParseResult parseJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "JSON" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            return reject(ParseProblem.Code.INVALID_JSON, where,
                    Msg.of("parse.json", line, column, firstLine(e.getOriginalMessage())));
        }
        return new RecordReader(clock.instant()).read(root);
    }

    /** Accepts {@code Bearer xyz} and a quoted token as well as the token alone. */
    private static String unwrap(String text) {
        String t = text;
        if (t.regionMatches(true, 0, "Bearer ", 0, 7)) {
            t = t.substring(7).trim();
        }
        if (t.length() > 1 && (t.startsWith("'") && t.endsWith("'") || t.startsWith("`") && t.endsWith("`"))) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return t;
    }

    private static ParseResult tooLarge(long size) {
        return reject(ParseProblem.Code.TOO_LARGE, "input",
                Msg.of("parse.tooLarge", String.format(java.util.Locale.ROOT, "%.1f", size / 1048576.0), MAX_CHARS / 1024));
    }

    static Rejected reject(ParseProblem.Code code, String where, Msg message) {
        return new Rejected(new ParseProblem(code, where, message));
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1).trim() : s;
    }

    /**
     * Jackson's and java-jwt's messages may quote the input (a secret): quoted parts become
     * an ellipsis, and an unmatched quote cuts the rest.
     */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        String redacted = line.replaceAll("'[^']*'|\"[^\"]*\"", "…");
        int quote = redacted.indexOf('"');
        int tick = redacted.indexOf('\'');
        int cut = quote < 0 ? tick : tick < 0 ? quote : Math.min(quote, tick);
        String reason = cut >= 0 ? redacted.substring(0, cut) : redacted;
        return reason.replaceAll("[\\s:(.]+$", "").trim();
    }
}
