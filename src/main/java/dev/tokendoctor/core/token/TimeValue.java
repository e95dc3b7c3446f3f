package dev.tokendoctor.core.token;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tokendoctor.core.i18n.Msg;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * One time-like JSON value, classified by magnitude. Coze sends Unix seconds; JavaScript apps
 * store milliseconds; some store durations. The thresholds: below 1e8 a value is a duration
 * (1e8 s is three years), up to 1e11 Unix seconds (until the year 5138), up to 1e14 Unix
 * milliseconds; anything larger is not a time.
 */
record TimeValue(Scale scale, BigDecimal number, Instant instant, String raw) {

    enum Scale { DURATION_SECONDS, EPOCH_SECONDS, EPOCH_MILLIS, ISO }

    static final BigDecimal EPOCH_SECONDS_MIN = new BigDecimal("1e8");
    static final BigDecimal EPOCH_MILLIS_MIN = new BigDecimal("1e11");
    static final BigDecimal TOO_LARGE = new BigDecimal("1e14");
    private static final int MAX_NUMBER_TEXT = 40;

    /** Classifies the value at {@code path}, or throws a {@link Problem} saying what is wrong. */
    static TimeValue read(JsonNode node, String path) throws Problem {
        if (node.isTextual()) {
            return readText(node.asText().trim(), path);
        }
        if (!node.isNumber()) {
            throw new Problem(new ParseProblem(ParseProblem.Code.WRONG_TYPE, path,
                    Msg.of("parse.time.wrongType", path, typeName(node))));
        }
        if (node.isDouble() || node.isFloat()) {
            double d = node.asDouble();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw bad(path, node.asText());
            }
        }
        return classify(node.decimalValue(), path, node.asText());
    }

    private static TimeValue readText(String text, String path) throws Problem {
        if (text.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
            // A possible time has at most 14 integer digits; a long digit string would make
            // BigDecimal work for seconds, and an exponent beyond int range would throw.
            if (text.length() > MAX_NUMBER_TEXT) {
                throw bad(path, text);
            }
            try {
                return classify(new BigDecimal(text), path, text);
            } catch (NumberFormatException e) {
                throw bad(path, text);
            }
        }
        try {
            return new TimeValue(Scale.ISO, null, OffsetDateTime.parse(text).toInstant(), text);
        } catch (DateTimeParseException e) {
            try {
                return new TimeValue(Scale.ISO, null, Instant.parse(text), text);
            } catch (DateTimeParseException e2) {
                throw new Problem(new ParseProblem(ParseProblem.Code.BAD_TIME, path,
                        Msg.of("parse.time.text", path, shown(text))));
            }
        }
    }

    private static TimeValue classify(BigDecimal value, String path, String raw) throws Problem {
        if (value.signum() < 0 || value.compareTo(TOO_LARGE) >= 0) {
            throw bad(path, raw);
        }
        if (value.compareTo(EPOCH_SECONDS_MIN) < 0) {
            return new TimeValue(Scale.DURATION_SECONDS, value, null, raw);
        }
        if (value.compareTo(EPOCH_MILLIS_MIN) < 0) {
            return new TimeValue(Scale.EPOCH_SECONDS, value, ofMillis(value.movePointRight(3)), raw);
        }
        return new TimeValue(Scale.EPOCH_MILLIS, value, ofMillis(value), raw);
    }

    private static Instant ofMillis(BigDecimal millis) {
        return Instant.ofEpochMilli(millis.longValue());
    }

    static Problem bad(String path, String raw) {
        return new Problem(new ParseProblem(ParseProblem.Code.BAD_TIME, path,
                Msg.of("parse.time.range", path, abbreviate(raw))));
    }

    static String typeName(JsonNode node) {
        return switch (node.getNodeType()) {
            case BOOLEAN -> "boolean";
            case OBJECT -> "object";
            case ARRAY -> "array";
            case NULL -> "null";
            case STRING -> "string";
            case NUMBER -> "number";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /**
     * A time field's text as it may be shown: a token pasted into the wrong field is a secret,
     * so anything long that is not made of date characters is shown as its fingerprint.
     */
    static String shown(String text) {
        return text.length() <= 12 || text.matches("[0-9TZtz:+.\\-/ ]*") ? abbreviate(text) : Fingerprint.text(text);
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }

    /** A refusal that unwinds the reader; carries the problem to report. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ParseProblem problem;

        Problem(ParseProblem problem) {
            super(problem.code() + " at " + problem.where(), null, false, false);
            this.problem = problem;
        }

        ParseProblem problem() {
            return problem;
        }
    }
}
