package dev.tokendoctor.storage.source;

import java.nio.charset.StandardCharsets;

/** Decodes stored strings leniently: a lone surrogate becomes U+FFFD and is counted, never thrown. */
public final class TextDecoding {

    /** The text and how many code units were replaced (an odd trailing byte counts as one). */
    public record Decoded(String text, int replaced) {
    }

    public static Decoded utf16le(byte[] bytes, int offset, int length) {
        int units = length / 2;
        char[] chars = new char[units + (length % 2)];
        int replaced = 0;
        for (int i = 0; i < units; i++) {
            chars[i] = (char) ((bytes[offset + 2 * i] & 0xFF) | (bytes[offset + 2 * i + 1] & 0xFF) << 8);
        }
        for (int i = 0; i < units; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < units && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                } else {
                    chars[i] = '\uFFFD';
                    replaced++;
                }
            } else if (Character.isLowSurrogate(c)) {
                chars[i] = '\uFFFD';
                replaced++;
            }
        }
        if (length % 2 == 1) {
            chars[units] = '\uFFFD';
            replaced++;
        }
        return new Decoded(new String(chars), replaced);
    }

    public static String latin1(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    /** UTF-8 with malformed input replaced (and counted). */
    public static Decoded utf8(byte[] bytes) {
        try {
            String strict = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return new Decoded(strict, 0);
        } catch (java.nio.charset.CharacterCodingException e) {
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            int replaced = (int) lenient.chars().filter(ch -> ch == 0xFFFD).count() - countReplacementBytes(bytes);
            return new Decoded(lenient, Math.max(1, replaced));
        }
    }

    private static int countReplacementBytes(byte[] b) {
        int n = 0;
        for (int i = 0; i + 2 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xEF && (b[i + 1] & 0xFF) == 0xBF && (b[i + 2] & 0xFF) == 0xBD) {
                n++;
            }
        }
        return n;
    }

    private TextDecoding() {
    }
}
