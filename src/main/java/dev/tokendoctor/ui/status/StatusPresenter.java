package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.core.token.ParseWarning;
import dev.tokendoctor.core.token.RefreshVerdict;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.refresh.AutomaticRefresh;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a subject and its health into {@link StatusText}; plain Java, so the words are testable. */
public final class StatusPresenter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final String NONE = "—";
    /** The countdown when no expiry is known. */
    public static final String NO_COUNTDOWN = "--:--:--";
    /** The lifetime bar's steps; its caption shows whole percent. */
    private static final int LIFETIME_STEPS = 1000;
    /** The words are kept at most this long, whatever {@link #wordsValidUntil} finds. */
    static final Duration LONGEST_REUSE = Duration.ofMinutes(1);

    private final Messages m;
    private final ZoneId zone;

    public StatusPresenter(Messages messages, ZoneId zone) {
        this.m = messages;
        this.zone = zone;
    }

    public StatusText present(TokenSubject subject, TokenHealth health) {
        return present(subject, health, null, AutomaticRefresh.NOT_CONNECTED, null);
    }

    /**
     * With the clock offset against Coze measured on the last exchange (null: none yet), what the
     * automatic refresh does, and Coze's refusal of the record's refresh token (null: none known).
     */
    public StatusText present(TokenSubject subject, TokenHealth health, Duration clockSkew, AutomaticRefresh automatic,
                              RefreshVerdict refused) {
        ParseResult.Parsed parsed = subject.parsed();
        TokenRecord record = parsed == null ? null : parsed.record();
        Duration left = health.accessRemaining();
        String caption = left == null ? m.get("status.countdown.unknown")
                : left.isNegative() || left.isZero() ? m.get("status.countdown.expiredAgo", m.roughDuration(left.negated()))
                : m.get("status.countdown.left");
        // to a thousandth, past any bar's pixel: an unrounded share is a new value, and a new layout of the bar, every second
        double used = health.lifetimeShare().isPresent()
                ? Math.round(Math.min(1, health.lifetimeShare().getAsDouble()) * LIFETIME_STEPS) / (double) LIFETIME_STEPS : -1;
        String lifetime = used < 0 ? m.get("status.lifetime.unknown")
                : m.get("status.lifetime.used", Math.round(Math.min(used, 1) * 100));
        List<String> reasons = health.reasons().stream().map(m::format).toList();
        List<String> warnings = new ArrayList<>();
        if (parsed != null) {
            parsed.warnings().stream()
                    .filter(w -> w.code() != ParseWarning.Code.JWT_SIGNATURE_UNVERIFIED)
                    .map(w -> m.format(w.message())).forEach(warnings::add);
        }
        return new StatusText(
                m.get("state." + health.state()),
                caption, used, lifetime,
                m.format(subject.source()),
                record == null ? NONE : kindText(record),
                record == null ? NONE : record.accessFingerprint().toString(),
                record == null || !record.hasRefreshToken() ? m.get("status.none") : record.refreshFingerprint().toString(),
                refreshLeft(record, health, refused),
                record == null || record.expiresAt() == null ? NONE : LOCAL.format(record.expiresAt().atZone(zone)) + " (" + zone.getId() + ")",
                record == null || record.expiresAt() == null ? NONE : UTC.format(record.expiresAt()),
                parsed == null ? NONE : m.format(parsed.reason()),
                skewText(clockSkew),
                automaticText(automatic, health.at()),
                reasons, warnings,
                m.get("card." + health.state() + ".title"),
                steps(health.state()));
    }

    private String skewText(Duration skew) {
        if (skew == null) {
            return m.get("status.skew.none");
        }
        String amount = String.format(Locale.ROOT, "%+.1f", skew.toMillis() / 1000.0);
        return m.get(skew.abs().compareTo(Duration.ofMinutes(2)) > 0 ? "status.skew.bad" : "status.skew.ok", amount);
    }

    private String kindText(TokenRecord record) {
        String kind = m.get("kind." + record.accessKind());
        if (record.jwt() != null) {
            kind += " · alg " + record.jwt().algorithm() + " · " + m.get("status.jwt.unverified");
        }
        return kind;
    }

    private String automaticText(AutomaticRefresh automatic, Instant at) {
        if (automatic.mode() != AutomaticRefresh.Mode.SCHEDULED) {
            return m.get("status.autoRefresh." + automatic.mode());
        }
        Duration until = Duration.between(at, automatic.next());
        return m.get("status.autoRefresh.at", m.roughDuration(until.isNegative() ? Duration.ZERO : until),
                LOCAL.format(automatic.next().atZone(zone)));
    }

    /** Days left on the refresh token, unless Coze already refused it: then no countdown, the refusal. */
    private String refreshLeft(TokenRecord record, TokenHealth health, RefreshVerdict refused) {
        if (record == null || !record.hasRefreshToken()) {
            return NONE;
        }
        if (refused != null && refused.refreshToken().equals(record.refreshFingerprint())) {
            return m.get("status.refresh.refused." + refused.reason());
        }
        Duration left = health.refreshRemaining();
        if (left == null) {
            return m.get("status.refresh.ageUnknown");
        }
        return left.isNegative() || left.isZero() ? m.get("status.refresh.dead") : m.roughDuration(left);
    }

    private List<String> steps(HealthState state) {
        return cardSteps(m, state);
    }

    /** The action card's steps for a verdict, as the Status screen lists them (the bundle viewer too). */
    public static List<String> cardSteps(Messages m, HealthState state) {
        List<String> steps = new ArrayList<>();
        for (int i = 1; m.has("card." + state + ".step" + i); i++) {
            steps.add(m.get("card." + state + ".step" + i));
        }
        return steps;
    }

    /**
     * Until when the words {@link #present} gives for this health stay the same, the countdown aside:
     * the first instant at which a time they show rolls over ({@link Messages#roughDuration}: to the
     * second within the last hour, to the minute within a day, to the hour beyond) or the share of the
     * lifetime used reaches its next thousandth or whole percent; at most {@link #LONGEST_REUSE} ahead.
     * A new state, subject, language or setting makes new words whatever this says.
     */
    public static Instant wordsValidUntil(TokenSubject subject, TokenHealth health, AutomaticRefresh automatic) {
        List<Duration> shown = new ArrayList<>();
        shown.add(health.accessRemaining());
        shown.add(health.refreshRemaining());
        health.reasons().forEach(reason -> durationsIn(reason, shown));
        if (automatic.mode() == AutomaticRefresh.Mode.SCHEDULED && automatic.next() != null && automatic.next().isAfter(health.at())) {
            shown.add(Duration.between(health.at(), automatic.next()));
        }
        Duration same = LONGEST_REUSE;
        for (Duration d : shown) {
            if (d != null) {
                same = min(same, untilRollover(d));
            }
        }
        ParseResult.Parsed parsed = subject.parsed();
        if (parsed != null && health.lifetimeShare().isPresent()) {
            same = min(same, untilLifetimeStep(parsed.record(), health));
        }
        return health.at().plus(same);
    }

    private static void durationsIn(Msg msg, List<Duration> into) {
        for (Object arg : msg.args()) {
            if (arg instanceof Duration d) {
                into.add(d);
            } else if (arg instanceof Msg inner) {
                durationsIn(inner, into);
            }
        }
    }

    /** How long until {@code d}, growing or shrinking by the clock, is shown differently by roughDuration. */
    static Duration untilRollover(Duration d) {
        Duration a = d.abs();
        if (a.compareTo(Duration.ofHours(1)) < 0) {
            return Duration.ZERO; // shown to the second
        }
        long step = (a.compareTo(Duration.ofDays(1)) < 0 ? Duration.ofMinutes(1) : Duration.ofHours(1)).toNanos();
        long past = Math.floorMod(a.toNanos(), step);
        return Duration.ofNanos(Math.min(past, step - past));
    }

    /** How long until the rounded share of the lifetime used (bar and percent) changes; never less than nothing. */
    private static Duration untilLifetimeStep(TokenRecord record, TokenHealth health) {
        if (record.issuedAt() == null || record.expiresAt() == null || health.lifetimeUsed() >= 1) {
            return LONGEST_REUSE; // unknown, or full and shown as 100 %
        }
        double total = Duration.between(record.issuedAt(), record.expiresAt()).toMillis();
        double elapsed = Duration.between(record.issuedAt(), health.at()).toMillis();
        // the percent is taken from the rounded thousandth, so only the thousandth's next step counts
        double next = (Math.round(health.lifetimeUsed() * LIFETIME_STEPS) + 0.5) / LIFETIME_STEPS; // Math.round goes up at the half
        double nextMs = next * total - elapsed;
        return nextMs <= 0 ? Duration.ZERO : Duration.ofMillis((long) Math.min(Math.floor(nextMs), LONGEST_REUSE.toMillis()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The big countdown: hours, minutes and seconds left on the access token ("--:--:--": no expiry known). */
    public String countdown(TokenHealth health) {
        return countdown(health.accessRemaining());
    }

    /** The big countdown for {@code left} on the access token (null: unknown; past: zero). */
    public String countdown(Duration left) {
        return left == null ? NO_COUNTDOWN : m.duration(left.isNegative() ? Duration.ZERO : left);
    }

    /** The status as plain text for a support ticket: fingerprints only, never a token. */
    public String ticketText(StatusText s, String countdown, Instant at, String appVersion) {
        StringBuilder b = new StringBuilder();
        b.append(m.get("ticket.title")).append('\n');
        line(b, "ticket.checkedAt", LOCAL.format(at.atZone(zone)) + " (" + zone.getId() + ") / " + UTC.format(at));
        line(b, "ticket.state", s.stateName());
        line(b, "ticket.countdown", countdown + " (" + s.countdownCaption() + ")");
        line(b, "ticket.lifetime", s.lifetimeText());
        line(b, "ticket.source", s.source());
        line(b, "ticket.kind", s.kind());
        line(b, "ticket.access", s.accessFingerprint());
        line(b, "ticket.refresh", s.refreshFingerprint());
        line(b, "ticket.refreshLeft", s.refreshLeft());
        line(b, "ticket.expiresLocal", s.expiresLocal());
        line(b, "ticket.expiresUtc", s.expiresUtc());
        line(b, "ticket.interpretation", s.interpretation());
        line(b, "ticket.clockSkew", s.clockSkew());
        line(b, "ticket.autoRefresh", s.autoRefresh());
        list(b, "ticket.reasons", s.reasons());
        list(b, "ticket.warnings", s.warnings());
        line(b, "ticket.app", appVersion + " · Java " + System.getProperty("java.version") + " · "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " · " + Locale.getDefault());
        return b.toString();
    }

    private void line(StringBuilder b, String key, String value) {
        b.append(m.get(key)).append(": ").append(value).append('\n');
    }

    private void list(StringBuilder b, String key, List<String> items) {
        b.append(m.get(key)).append(':').append(items.isEmpty() ? " " + NONE : "").append('\n');
        items.forEach(i -> b.append("  - ").append(i).append('\n'));
    }
}
