package dev.tokendoctor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.Durations;
import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.core.token.TokenRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A followed token and its verdict, as JSON and as lines for people; secrets only as fingerprints. */
final class TokenView {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final Messages m;
    private final ZoneId zone;

    TokenView(Messages messages, ZoneId zone) {
        this.m = messages;
        this.zone = zone;
    }

    ObjectNode json(Followed token) {
        ObjectNode node = JsonOut.MAPPER.createObjectNode();
        TokenHealth health = token.health();
        node.put("source", m.format(token.source()));
        node.put("state", health.state().name());
        node.put("stateText", m.get("state." + health.state()));
        node.put("exitCode", token.exitCode());
        TokenRecord record = token.record().orElse(null);
        node.put("kind", record == null ? null : record.accessKind().name());
        node.put("accessFingerprint", record == null ? null : Fingerprint.text(record.accessToken()));
        node.put("refreshFingerprint", record == null || !record.hasRefreshToken() ? null : Fingerprint.text(record.refreshToken()));
        JsonOut.put(node, "expiresAt", record == null ? null : record.expiresAt());
        JsonOut.put(node, "accessRemainingSeconds", health.accessRemaining());
        JsonOut.put(node, "refreshRemainingSeconds", health.refreshRemaining());
        ArrayNode reasons = node.putArray("reasons");
        health.reasons().forEach(reason -> reasons.add(m.format(reason)));
        node.put("problem", token.parse() instanceof ParseResult.Rejected rejected
                ? m.format(rejected.problem().message()) + " (" + rejected.problem().where() + ")" : null);
        return node;
    }

    void print(Terminal t, Followed token) {
        TokenHealth health = token.health();
        t.out().println(paint(t, health.state(), "● " + m.get("state." + health.state())));
        row(t, "cli.out.source", m.format(token.source()));
        token.record().ifPresent(record -> {
            row(t, "cli.out.kind", m.get("kind." + record.accessKind()));
            row(t, "cli.out.access", Fingerprint.text(record.accessToken()) + "  " + expiry(record.expiresAt(), health));
            row(t, "cli.out.refresh", record.hasRefreshToken()
                    ? Fingerprint.text(record.refreshToken()) + health.refreshLeft().map(d -> "  " + m.get("cli.out.left", Durations.text(d))).orElse("")
                    : m.get("cli.out.none"));
        });
        if (token.parse() instanceof ParseResult.Rejected rejected) {
            row(t, "cli.out.problem", m.format(rejected.problem().message()) + " (" + rejected.problem().where() + ")");
        }
        boolean first = true;
        for (var reason : health.reasons()) {
            t.out().println("  " + pad(first ? m.get("cli.out.why") : "") + m.format(reason));
            first = false;
        }
    }

    /** The one-line form of {@code status --watch}. */
    String line(Followed token) {
        TokenHealth health = token.health();
        String left = health.accessLeft().map(d -> "  " + (d.isNegative() ? m.get("cli.out.ago", Durations.text(d.negated()))
                : m.get("cli.out.left", Durations.text(d)))).orElse("");
        String fp = token.record().map(r -> "  " + Fingerprint.text(r.accessToken())).orElse("");
        return m.get("state." + health.state()) + left + fp;
    }

    String paint(Terminal t, HealthState state, String text) {
        return switch (state) {
            case VALID -> t.good(t.bold(text));
            case EXPIRING_SOON, EXPIRED_REFRESHABLE, EXPIRY_UNKNOWN -> t.warn(t.bold(text));
            default -> t.bad(t.bold(text));
        };
    }

    String time(Instant instant) {
        return LOCAL.withZone(zone).format(instant);
    }

    private String expiry(Instant expiresAt, TokenHealth health) {
        if (expiresAt == null) {
            return m.get("cli.out.expiryUnknown");
        }
        String left = health.accessLeft().map(d -> d.isNegative() ? m.get("cli.out.ago", Durations.text(d.negated()))
                : m.get("cli.out.left", Durations.text(d))).orElse("");
        return m.get("cli.out.expires", time(expiresAt)) + "  " + left;
    }

    private void row(Terminal t, String labelKey, String value) {
        t.out().println("  " + pad(m.get(labelKey)) + value);
    }

    private static String pad(String label) {
        int width = label.codePoints().map(c -> c > 0x2e80 ? 2 : 1).sum();
        return label + " ".repeat(Math.max(1, 12 - width));
    }
}
