package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.diagnosis.ConfigFinding.Code;
import dev.tokendoctor.core.diagnosis.EnvFile.Entry;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.redact.Redactor;
import dev.tokendoctor.core.token.Fingerprint;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The dotenv reading rules (as motdotla/dotenv, which Vite uses), line by line. */
final class EnvParser {

    /** A .env file is a few KB; this is far beyond any. */
    static final int MAX_BYTES = 1 << 20;
    /** Findings listed at most; past them one finding says how many lines were not looked at (a 1 MB file of junk). */
    static final int MAX_PROBLEMS = 200;
    /** Assignments read at most: a real .env has dozens. */
    static final int MAX_ENTRIES = 5000;
    private static final Pattern ASSIGNMENT = Pattern.compile("^(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\\s*=\\s*(.*)$");

    private static final Pattern CHINA = Pattern.compile("(?i)[\\u4e00-\\u9fff]|coze\\.cn");

    private static final Pattern FIRST_WORD = Pattern.compile("^[^\\s=:]+");
    private static final Pattern SECRET_WORD = Pattern.compile("(?i)secret|token|key|pass|pat");

    private EnvParser() {
    }

    static EnvFile parse(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return refused(name, Code.BINARY, Msg.of("config.tooLarge", bytes.length / 1024));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return refused(name, Code.BINARY, Msg.of("config.binary", i));
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return parse(name, text);
        } catch (CharacterCodingException e) {
            return refused(name, Code.NOT_UTF8, Msg.of("config.notUtf8"));
        }
    }

    static EnvFile parse(String name, String text) {
        if (text == null) {
            text = "";
        }
        if (text.length() > MAX_BYTES) {
            return refused(name, Code.BINARY, Msg.of("config.tooLarge", text.length() / 1024));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Entry> entries = new ArrayList<>();
        List<ConfigFinding> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean chinaHints = false;
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            if (problems.size() >= MAX_PROBLEMS || entries.size() >= MAX_ENTRIES) {
                problems.add(new ConfigFinding(Severity.MEDIUM, Code.INVALID_LINE, null, name, number, "",
                        Msg.of("config.inputCut", name, number, lines.length), null));
                break;
            }
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                chinaHints |= line.startsWith("#") && CHINA.matcher(line).find();
                continue;
            }
            Matcher m = ASSIGNMENT.matcher(line);
            Entry entry = m.matches() ? value(m.group(1), m.group(2), number) : null;
            if (entry == null) {
                problems.add(new ConfigFinding(Severity.MEDIUM, Code.INVALID_LINE, null, name, number,
                        shownInvalid(line), Msg.of("config.invalidLine", name, number), null));
                continue;
            }
            Integer earlier = seen.put(entry.key(), number);
            if (earlier != null) {
                problems.add(new ConfigFinding(Severity.LOW, Code.DUPLICATE_KEY, null, name, number, entry.shown(),
                        Msg.of("config.duplicate", entry.key(), earlier, number), null));
            }
            entries.add(entry);
        }
        return new EnvFile(name, entries, problems, chinaHints);
    }

    /** The value after {@code KEY=}: quoted (to the closing quote) or bare (to the first {@code #}); null if unreadable. */
    private static Entry value(String key, String raw, int line) {
        if (raw.isEmpty()) {
            return new Entry(key, "", line, null);
        }
        char quote = raw.charAt(0);
        if (quote == '"' || quote == '\'' || quote == '`') {
            int close = closing(raw, quote);
            if (close < 0) {
                return null;
            }
            String rest = raw.substring(close + 1).strip();
            if (!rest.isEmpty() && !rest.startsWith("#")) {
                return null;
            }
            String inner = raw.substring(1, close);
            if (quote == '"') {
                inner = inner.replace("\\n", "\n").replace("\\r", "\r").replace("\\\"", "\"");
            }
            return new Entry(key, inner, line, null);
        }
        int hash = raw.indexOf('#');
        if (hash < 0) {
            return new Entry(key, raw.strip(), line, null);
        }
        boolean spaced = hash > 0 && Character.isWhitespace(raw.charAt(hash - 1));
        return new Entry(key, raw.substring(0, hash).strip(), line, spaced ? null : raw.substring(hash));
    }

    private static int closing(String raw, char quote) {
        for (int i = 1; i < raw.length(); i++) {
            if (raw.charAt(i) == quote && raw.charAt(i - 1) != '\\') {
                return i;
            }
        }
        return -1;
    }

    private static EnvFile refused(String name, Code code, Msg why) {
        return new EnvFile(name, List.of(), List.of(new ConfigFinding(Severity.HIGH, code, null, name, 0,
                "", why, null)), false);
    }

    /** An unreadable line may still hold a secret: past a secret-sounding first word, only a fingerprint. */
    private static String shownInvalid(String line) {
        String redacted = Redactor.scrub(line);
        Matcher word = FIRST_WORD.matcher(redacted);
        if (word.find() && SECRET_WORD.matcher(redacted).find()) {
            String rest = redacted.substring(word.end());
            return word.group() + (rest.isBlank() ? "" : " " + Fingerprint.text(rest.strip()));
        }
        return shorten(redacted);
    }

    private static String shorten(String line) {
        return line.length() <= 120 ? line : line.substring(0, 120) + "…";
    }
}
