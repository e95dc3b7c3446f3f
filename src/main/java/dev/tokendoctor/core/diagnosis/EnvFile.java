package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.redact.Redactor;
import dev.tokendoctor.core.redact.SecretNames;
import dev.tokendoctor.core.token.Fingerprint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code .env} file as Vite's dotenv reads it: {@code KEY=value} lines, {@code export } allowed,
 * quoted or unquoted values, {@code #} comments. Lines it cannot read are kept as findings with
 * their line numbers; a duplicate key's last value wins and the duplicate is reported.
 *
 * @param name     the file name, e.g. {@code .env.local}
 * @param entries  every assignment, in file order (duplicates included)
 * @param problems   what could not be read, duplicates, values cut by a {@code #}
 * @param chinaHints whether a comment is written in Chinese or names coze.cn or 扣子: a hint that the
 *                   app was created on coze.cn (the comments themselves are not kept: they may hold old secrets)
 */
public record EnvFile(String name, List<Entry> entries, List<ConfigFinding> problems, boolean chinaHints) {

    public EnvFile {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** Reads a file's bytes: a UTF-8 BOM is skipped, binary content and invalid UTF-8 are reported. */
    public static EnvFile parse(String name, byte[] bytes) {
        return EnvParser.parse(name, bytes);
    }

    /** Reads typed or pasted text. */
    public static EnvFile parse(String name, String text) {
        return EnvParser.parse(name, text);
    }

    /** The value of each key, the last assignment winning. */
    public Map<String, Entry> effective() {
        Map<String, Entry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.key(), e));
        return map;
    }

    /** Whether a variable of this name holds a secret, so its value is shown only as a fingerprint. */
    public static boolean isSecret(String key) {
        return SecretNames.isSecretName(key);
    }

    /**
     * One assignment.
     *
     * @param key     the variable
     * @param value   the value as dotenv reads it (quotes removed, comment cut off)
     * @param line    the 1-based line number
     * @param dropped the text a {@code #} without a space before it cut off (dotenv takes it as a comment), or null
     */
    public record Entry(String key, String value, int line, String dropped) {

        /** The value as it may be shown: a fingerprint for secrets. */
        public String shownValue() {
            return isSecret(key) ? Fingerprint.text(value) : Redactor.scrub(value);
        }

        /** The line as it may be shown. */
        public String shown() {
            return key + "=" + shownValue();
        }

        @Override
        public String toString() {
            return "Entry[" + shown() + " @" + line + (dropped == null ? "" : ", dropped "
                    + (isSecret(key) ? Fingerprint.text(dropped) : Redactor.scrub(dropped))) + "]";
        }
    }
}
