package dev.tokendoctor.storage.chromium;

import dev.tokendoctor.storage.source.TextDecoding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Chrome's localStorage layout in LevelDB: entries {@code _<origin>\0<string>} → {@code <string>},
 * where a string is a format byte (0x01 Latin-1, 0x00 UTF-16LE) and its bytes; {@code META:<origin>}
 * holds a protobuf with {@code last_modified} (µs since 1601) and {@code size_bytes}.
 */
final class ChromeEncoding {

    static final byte[] META = "META:".getBytes(StandardCharsets.US_ASCII);
    /** Seconds from 1601-01-01 (Windows' and Chrome's epoch) to 1970-01-01. */
    private static final long SECONDS_1601_TO_1970 = 11_644_473_600L;

    /** An entry key split into its origin and its (still encoded) key. */
    record EntryKey(String origin, int keyStart) {
    }

    /** Null if {@code key} is not an entry key (VERSION, META:…, METAACCESS:…). */
    static EntryKey entryKey(byte[] key) {
        if (key.length < 2 || key[0] != '_') {
            return null;
        }
        for (int i = 1; i < key.length; i++) {
            if (key[i] == 0) {
                return new EntryKey(new String(key, 1, i - 1, StandardCharsets.UTF_8), i + 1);
            }
        }
        return null;
    }

    /** A decoded string; {@code replaced} counts invalid code units; null text when the format byte is unknown. */
    static TextDecoding.Decoded string(byte[] bytes, int offset) {
        if (offset >= bytes.length) {
            return new TextDecoding.Decoded("", 0);
        }
        int format = bytes[offset];
        int length = bytes.length - offset - 1;
        if (format == 1) {
            return new TextDecoding.Decoded(TextDecoding.latin1(bytes, offset + 1, length), 0);
        }
        if (format == 0) {
            if (length % 2 == 0 && !hasSurrogate(bytes, offset + 1, length)) {
                // the JDK's decoder is several times faster than the checking one, which only matters for surrogates
                return new TextDecoding.Decoded(new String(bytes, offset + 1, length, StandardCharsets.UTF_16LE), 0);
            }
            return TextDecoding.utf16le(bytes, offset + 1, length);
        }
        return new TextDecoding.Decoded(null, 0);
    }

    /** The first character of a stored string that is not white space, or -1 (empty, blank, or an unknown format). */
    static int firstNonSpace(byte[] bytes) {
        if (bytes.length == 0 || bytes[0] != 0 && bytes[0] != 1) {
            return -1;
        }
        int step = bytes[0] == 1 ? 1 : 2;
        for (int i = 1; i + step <= bytes.length; i += step) {
            char c = step == 1 ? (char) (bytes[i] & 0xFF) : (char) ((bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8);
            if (!Character.isWhitespace(c)) { // as String.strip, which looksLikeToken uses
                return c;
            }
        }
        return -1;
    }

    /**
     * What {@link #string} would say about a value, without making its text when none is needed:
     * text "" (or null for an unknown format byte) and the count of code units it would replace.
     */
    static TextDecoding.Decoded check(byte[] bytes) {
        if (bytes.length == 0 || bytes[0] == 1) {
            return new TextDecoding.Decoded("", 0);
        }
        if (bytes[0] != 0) {
            return new TextDecoding.Decoded(null, 0);
        }
        int length = bytes.length - 1;
        if (length % 2 == 0 && !hasSurrogate(bytes, 1, length)) {
            return new TextDecoding.Decoded("", 0);
        }
        return new TextDecoding.Decoded("", TextDecoding.utf16le(bytes, 1, length).replaced());
    }

    /** Whether any UTF-16LE code unit in the range is a surrogate (high byte 0xD8..0xDF). */
    private static boolean hasSurrogate(byte[] bytes, int offset, int length) {
        for (int i = offset + 1; i < offset + length; i += 2) {
            if ((bytes[i] & 0xF8) == 0xD8) {
                return true;
            }
        }
        return false;
    }

    static boolean isMeta(byte[] key) {
        return startsWith(key, META);
    }

    static String metaOrigin(byte[] key) {
        return new String(key, META.length, key.length - META.length, StandardCharsets.UTF_8);
    }

    /**
     * {@code last_modified} of a META protobuf, or null if absent or unreadable. Every step moves
     * forward inside the array, so no value of the bytes can make it loop or read out of bounds.
     */
    static Instant lastModified(byte[] proto) {
        int pos = 0;
        while (pos < proto.length) {
            long[] tag = varint(proto, pos);
            if (tag == null) {
                return null;
            }
            pos = (int) tag[1];
            int wire = (int) (tag[0] & 7);
            long field = tag[0] >>> 3;
            long[] value = wire == 0 || wire == 2 ? varint(proto, pos) : null;
            if (value == null) {
                return null;
            }
            if (wire == 0 && field == 1) {
                return fromChromeMicros(value[0]);
            }
            pos = (int) value[1];
            if (wire == 2) {
                if (value[0] < 0 || value[0] > proto.length - pos) {
                    return null;
                }
                pos += (int) value[0];
            }
        }
        return null;
    }

    /** Microseconds since 1601, or null when the instant lies outside what {@link Instant} holds. */
    private static Instant fromChromeMicros(long micros) {
        try {
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L) - SECONDS_1601_TO_1970,
                    Math.floorMod(micros, 1_000_000L) * 1000L);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /** {value, next position}, or null if the varint runs off the end or past ten bytes. */
    private static long[] varint(byte[] b, int pos) {
        long result = 0;
        for (int shift = 0; shift < 64 && pos < b.length; shift += 7) {
            int x = b[pos++] & 0xFF;
            result |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return new long[] {result, pos};
            }
        }
        return null;
    }

    static boolean startsWith(byte[] key, byte[] prefix) {
        if (key.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (key[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private ChromeEncoding() {
    }
}
