package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer;
import dev.tokendoctor.core.redact.Redactor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts the piece of evidence to show: the line that proves a finding, redacted and at most a few hundred characters. */
final class Fragments {

    static final int MAX = 240;
    private static final Pattern TITLE = Pattern.compile("(?is)<title>\\s*(.*?)\\s*</title>");
    private static final Pattern HTML = Pattern.compile("(?i)<!doctype html|<html");

    private Fragments() {
    }

    /** The line holding {@code [start, end)}, redacted, shortened around the match. */
    static String around(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) {
            lineStart = 0;
        }
        int lineEnd = text.indexOf('\n', end);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        String match = Redactor.scrub(text.substring(start, end));
        String redacted = Redactor.scrub(line);
        if (redacted.length() <= MAX) {
            return redacted;
        }
        int at = Math.max(0, redacted.indexOf(match));
        int from = Math.max(0, at - MAX / 3);
        int to = Math.min(redacted.length(), from + MAX);
        return (from > 0 ? "…" : "") + redacted.substring(from, to) + (to < redacted.length() ? "…" : "");
    }

    /** The line of the text that holds the answer's message, error or code. */
    static String locate(String text, HttpAnswer answer) {
        for (String needle : new String[] {answer.message(), answer.error(), answer.errorCode(),
                answer.businessCode() == null ? null : String.valueOf(answer.businessCode())}) {
            if (needle != null && !needle.isBlank()) {
                int at = text.indexOf(needle);
                if (at >= 0) {
                    return around(text, at, at + needle.length());
                }
            }
        }
        return describe(answer);
    }

    /** An answer as one line: {@code HTTP 401 invalid_client (code 4100): message}. */
    static String describe(HttpAnswer a) {
        StringBuilder s = new StringBuilder();
        if (a.status() > 0) {
            s.append("HTTP ").append(a.status()).append(' ');
        }
        if (a.error() != null) {
            s.append(a.error()).append(' ');
        }
        if (a.errorCode() != null) {
            s.append('[').append(a.errorCode()).append("] ");
        }
        if (a.businessCode() != null) {
            s.append("code ").append(a.businessCode()).append(' ');
        }
        if (a.message() != null) {
            s.append(": ").append(a.message());
        }
        String line = Redactor.scrub(s.toString().strip());
        return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
    }

    /** The first non-blank line (an HTML page's title), for evidence nothing recognised. */
    static String firstLine(String text) {
        if (HTML.matcher(text).find()) {
            Matcher title = TITLE.matcher(text);
            String shown = title.find() ? title.group(1) : "";
            return Redactor.scrub("HTML page: " + shown);
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                String redacted = Redactor.scrub(line.strip());
                return redacted.length() <= MAX ? redacted : redacted.substring(0, MAX) + "…";
            }
        }
        return "";
    }
}
