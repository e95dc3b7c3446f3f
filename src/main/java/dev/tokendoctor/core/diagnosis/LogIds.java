package dev.tokendoctor.core.diagnosis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds Coze's request id: {@code X-Tt-Logid: …}, {@code "logid":"…"}, {@code logid=…}, {@code LogID: …}. */
final class LogIds {

    private static final Pattern LOGID = Pattern.compile(
            "(?i)(?:x-tt-logid|\\blog_?id)\"?\\s*[:=]\\s*\"?([A-Za-z0-9]{16,64})");

    private LogIds() {
    }

    /** The first logid in the text, or null. */
    static String find(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LOGID.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
