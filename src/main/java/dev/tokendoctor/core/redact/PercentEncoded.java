package dev.tokendoctor.core.redact;

import dev.tokendoctor.core.redact.Splice.Edit;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Percent-encoded text ({@code %7B%22access_token%22%3A%22…}, a localStorage value in a URL or
 * a cookie) is decoded, redacted, and shown decoded when it held a secret.
 */
final class PercentEncoded {

    private static final Pattern RUN = Pattern.compile("[A-Za-z0-9%._~+*!\\-]{6,}+");
    private static final Pattern HINT = Pattern.compile("(?i)%(?:22|27|3a|3d|25)");

    private PercentEncoded() {
    }

    static String apply(String text, UnaryOperator<String> redact) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        return Splice.apply(RUN, text, m -> {
            String run = m.group();
            if (!HINT.matcher(run).find()) {
                return null;
            }
            String decoded = run;
            for (int i = 0; i < 3 && decoded.indexOf('%') >= 0; i++) {
                decoded = decode(decoded);
            }
            String redacted = redact.apply(decoded);
            return redacted.equals(decoded) ? null : new Edit(m.start(), m.end(), redacted);
        });
    }

    /** {@code %XX} to bytes, read as UTF-8; a stray {@code %} stays. */
    static String decode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else if (c < 128) {
                bytes.write(c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
