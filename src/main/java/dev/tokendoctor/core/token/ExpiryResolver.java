package dev.tokendoctor.core.token;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.ParseResult.ExpiryReading;
import dev.tokendoctor.core.token.ParseWarning.Code;
import dev.tokendoctor.core.token.TimeValue.Problem;
import dev.tokendoctor.core.token.TimeValue.Scale;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Chooses the expiry of one token object and explains the choice. */
final class ExpiryResolver {

    /** Coze's field: absolute Unix seconds (a duration only in the device-code response). */
    static final List<String> DURATION_NAMED = List.of("expires_in", "expiresIn");
    /** Fields named as an absolute time. */
    static final List<String> ABSOLUTE_NAMED = List.of("expires_at", "expiresAt", "expiry", "expiry_date",
            "expiryDate", "expiration", "expire_time", "expireTime", "expires", "exp");
    /** Beyond this, an expiry is taken for an epoch added to the current time. */
    static final Duration FAR_FUTURE = Duration.ofDays(365L * 20);
    /** Two readings closer than this agree. */
    static final Duration AGREEMENT = Duration.ofSeconds(60);

    /** The chosen expiry, how it was read, the sentence that says so, and warnings. */
    record Resolution(Instant expiresAt, ExpiryReading reading, Msg reason, List<ParseWarning> warnings) {
    }

    private final Instant now;
    private final Warnings warnings = new Warnings();

    ExpiryResolver(Instant now) {
        this.now = now;
    }

    Resolution resolve(JsonNode object, String path, Instant issuedAt) throws Problem {
        Candidate durationField = first(object, path, DURATION_NAMED);
        Candidate absoluteField = first(object, path, ABSOLUTE_NAMED);
        Candidate chosen;
        if (durationField != null && durationField.value.scale() != Scale.DURATION_SECONDS) {
            chosen = durationField;
        } else if (absoluteField != null) {
            chosen = absoluteField;
        } else {
            chosen = durationField;
        }
        if (chosen == null) {
            return new Resolution(null, ExpiryReading.unknown(), Msg.of("interp.none"), warnings.list());
        }
        Resolution resolution = interpret(chosen, issuedAt);
        Candidate other = chosen == durationField ? absoluteField : durationField;
        if (other != null && resolution.expiresAt() != null) {
            Instant otherAt = quietly(other, issuedAt);
            if (otherAt != null && !agree(otherAt, resolution.expiresAt())) {
                warnings.add(Code.AMBIGUOUS_FIELDS, "warn.ambiguous", chosen.field, other.field, otherAt.toString());
            }
        }
        return new Resolution(resolution.expiresAt(), resolution.reading(), resolution.reason(), warnings.list());
    }

    private Resolution interpret(Candidate c, Instant issuedAt) {
        TimeValue v = c.value;
        ExpiryReading reading;
        Instant at;
        Msg reason;
        switch (v.scale()) {
            case EPOCH_SECONDS -> {
                at = v.instant();
                reading = new ExpiryReading(ExpirySource.EPOCH_SECONDS, c.field, v.raw());
                reason = Msg.of(DURATION_NAMED.contains(c.field) ? "interp.cozeEpoch" : "interp.epochSeconds", c.field, v.raw());
                if (isCamelCase(c.field) && !DURATION_NAMED.contains(c.field)) {
                    warnings.add(Code.SECONDS_IN_MILLIS_FIELD, "warn.secondsInMillisField", c.field, v.raw());
                }
            }
            case EPOCH_MILLIS -> {
                at = v.instant();
                reading = new ExpiryReading(ExpirySource.EPOCH_MILLIS, c.field, v.raw());
                reason = Msg.of("interp.epochMillis", c.field, v.raw());
                if (DURATION_NAMED.contains(c.field) || c.field.equals("exp") || c.field.endsWith("_at")) {
                    warnings.add(Code.MILLIS_IN_SECONDS_FIELD, "warn.millisInSecondsField", c.field, v.raw());
                }
            }
            case ISO -> {
                at = v.instant();
                reading = new ExpiryReading(ExpirySource.ISO_TIMESTAMP, c.field, v.raw());
                reason = Msg.of("interp.iso", c.field, v.raw());
            }
            default -> {
                return duration(c, issuedAt);
            }
        }
        return farFutureCheck(at, reading, reason, issuedAt);
    }

    private Resolution duration(Candidate c, Instant issuedAt) {
        TimeValue v = c.value;
        if (DURATION_NAMED.contains(c.field)) {
            warnings.add(Code.EXPIRES_IN_AS_DURATION, "warn.expiresInDuration", c.field, v.raw());
        }
        if (issuedAt == null) {
            warnings.add(Code.DURATION_WITHOUT_ISSUE_TIME, "warn.durationNoIssue", c.field, v.raw());
            return new Resolution(null, new ExpiryReading(ExpirySource.UNKNOWN, c.field, v.raw()),
                    Msg.of("interp.durationUnknown", c.field, v.raw()), warnings.list());
        }
        Instant at = issuedAt.plusMillis(v.number().movePointRight(3).longValue());
        return new Resolution(at, new ExpiryReading(ExpirySource.DURATION_FROM_ISSUE_TIME, c.field, v.raw()),
                Msg.of("interp.duration", c.field, v.raw(), issuedAt.toString()), warnings.list());
    }

    /**
     * An expiry decades ahead is the classic "now + expires_in" bug. With an issue time the
     * epoch that was added can be recovered: it is what the server enforces.
     */
    private Resolution farFutureCheck(Instant at, ExpiryReading reading, Msg reason, Instant issuedAt) {
        if (!at.isAfter(now.plus(FAR_FUTURE))) {
            return new Resolution(at, reading, reason, warnings.list());
        }
        if (issuedAt != null) {
            long added = Duration.between(issuedAt, at).getSeconds();
            if (added >= TimeValue.EPOCH_SECONDS_MIN.longValue()) {
                Instant real = Instant.ofEpochSecond(added);
                warnings.add(Code.EXPIRY_FAR_FUTURE, "warn.farFutureCorrected", reading.field(), at.toString(), real.toString());
                return new Resolution(real, reading, Msg.of("interp.correctedEpoch", reading.field(), real.toString()), warnings.list());
            }
        }
        warnings.add(Code.EXPIRY_FAR_FUTURE, "warn.farFuture", reading.field(), at.toString());
        return new Resolution(at, reading, reason, warnings.list());
    }

    private Instant quietly(Candidate c, Instant issuedAt) {
        return switch (c.value.scale()) {
            case DURATION_SECONDS -> issuedAt == null ? null : issuedAt.plusSeconds(c.value.number().longValue());
            default -> c.value.instant();
        };
    }

    private static boolean agree(Instant a, Instant b) {
        return Duration.between(a, b).abs().compareTo(AGREEMENT) <= 0;
    }

    static boolean isCamelCase(String field) {
        return !field.contains("_") && !field.equals(field.toLowerCase(java.util.Locale.ROOT));
    }

    private static Candidate first(JsonNode object, String path, List<String> names) throws Problem {
        for (String name : names) {
            JsonNode node = object.get(name);
            if (node != null && !node.isNull()) {
                return new Candidate(name, TimeValue.read(node, path + "." + name));
            }
        }
        return null;
    }

    private record Candidate(String field, TimeValue value) {
    }
}
