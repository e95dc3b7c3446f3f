package dev.tokendoctor.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Where a command reads and writes, and how: colour only on an interactive terminal, never when
 * {@code NO_COLOR} is set (https://no-color.org) or {@code TERM=dumb}.
 *
 * @param interactive whether standard output is a terminal (live lines rewrite themselves)
 */
public record Terminal(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, boolean interactive,
                       boolean color) {

    /** Whether to colour output, from the facts a process can see. */
    public static boolean colorFor(boolean interactive, Map<String, String> env) {
        if (!interactive || env.containsKey("NO_COLOR")) {
            return false;
        }
        return !"dumb".equals(env.get("TERM"));
    }

    /** {@code text} in a colour (an SGR code such as {@code 32} for green), or plain. */
    public String paint(String sgr, String text) {
        return color ? "\u001b[" + sgr + "m" + text + "\u001b[0m" : text;
    }

    public String bold(String text) {
        return paint("1", text);
    }

    public String good(String text) {
        return paint("32", text);
    }

    public String warn(String text) {
        return paint("33", text);
    }

    public String bad(String text) {
        return paint("31", text);
    }
}
