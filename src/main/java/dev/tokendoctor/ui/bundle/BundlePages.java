package dev.tokendoctor.ui.bundle;

import dev.tokendoctor.core.diagnosis.FailureKind;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.report.BundleReport;
import dev.tokendoctor.ui.status.StatusPresenter;
import dev.tokendoctor.ui.status.StatusText;
import dev.tokendoctor.ui.wizard.FindingText;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lays a {@link BundleReport} out in the reader's language, in the words the app's own screens use. */
final class BundlePages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneId.of("UTC"));
    private static final String NONE = "—";

    static BundlePage page(BundleReport r, Path file, Messages m, ZoneId zone) {
        String made = made(r, zone);
        List<BundlePage.FindingText> findings = r.findings().stream().map(f -> finding(f, m)).toList();
        List<String> config = new ArrayList<>(r.config().stream().map(c -> c.severity() + "  " + c.location() + "  " + c.message()
                + (c.line().isEmpty() ? "" : "\n    " + c.line()) + (c.fixLine().isEmpty() ? "" : "\n    → " + c.fixLine())).toList());
        config.addAll(r.settings());
        List<String> network = new ArrayList<>();
        // the wizard's own line for a step; the detail as the bundle wrote it
        r.network().steps().forEach(s -> network.add(m.get("wizard.network.step." + result(s.result()), s.step(), s.host(),
                s.millis(), s.detail())));
        r.network().proxies().forEach(p -> network.add(m.get("bundle.view.proxy", p)));
        if (r.network().ran()) {
            network.add(m.get("bundle.view.clock", r.network().clockOffsetSeconds() == null ? "?"
                    : r.network().clockOffsetSeconds() + " s"));
        }
        List<BundlePage.Detail> system = new ArrayList<>();
        r.system().forEach((k, v) -> system.add(new BundlePage.Detail(k, v)));
        system.add(new BundlePage.Detail("schema", r.schema()));
        return new BundlePage(m.get("bundle.view.title", file.getFileName().toString(), made), m.get("bundle.view.banner", made),
                r.newer() ? m.get("bundle.newer", r.schema()) : "", findings, r.unreadable(), config, network, r.pastedErrors(), r.reproduction(),
                system);
    }

    /** The verdict as the bundle recorded it: at the bundle's time, not now. Null when the bundle names no known state. */
    static TokenHealth health(BundleReport r) {
        HealthState state = state(r.token().state());
        if (state == null) {
            return null;
        }
        Long left = r.token().accessRemainingSeconds();
        return new TokenHealth(state, r.createdAt() == null ? Instant.EPOCH : r.createdAt(),
                left == null ? null : Duration.ofSeconds(left), null, Double.NaN, List.of());
    }

    /** The countdown as it stood when the bundle was made. */
    static String countdown(BundleReport r, Messages m) {
        Long left = r.token().accessRemainingSeconds();
        // as the Status screen writes it; a countdown involves no time zone
        return new StatusPresenter(m, ZoneOffset.UTC).countdown(left == null ? null : Duration.ofSeconds(left));
    }

    /** The status card's words, as the Status screen words them, from what the bundle kept. */
    static StatusText status(BundleReport r, Messages m, ZoneId zone) {
        BundleReport.Token t = r.token();
        HealthState state = state(t.state());
        Long left = t.accessRemainingSeconds();
        String caption = left == null ? m.get("status.countdown.unknown")
                : left > 0 ? m.get("bundle.status.leftThen") : m.get("bundle.status.expiredThen", m.duration(Duration.ofSeconds(-left)));
        Instant expires = instant(t.expiresAt());
        String stateName = state == null ? (t.state().isEmpty() ? m.get("bundle.view.noState") : t.state())
                : m.get("state." + state);
        return new StatusText(stateName, caption, -1, m.get("bundle.status.lifetime"),
                t.source(m.locale()).isEmpty() ? NONE : t.source(m.locale()),
                t.kind().isEmpty() ? NONE : m.has("kind." + t.kind()) ? m.get("kind." + t.kind()) : t.kind(),
                t.accessFingerprint().isEmpty() ? NONE : t.accessFingerprint(),
                t.refreshFingerprint().isEmpty() ? m.get("status.none") : t.refreshFingerprint(),
                NONE,
                expires == null ? NONE : LOCAL.format(expires.atZone(zone)) + " (" + zone.getId() + ")",
                expires == null ? NONE : UTC.format(expires),
                NONE, skew(r, m), NONE, t.reasons(m.locale()), List.of(),
                state == null ? "" : m.get("card." + state + ".title"),
                state == null ? List.of() : StatusPresenter.cardSteps(m, state));
    }

    /** Title and explanation in the reader's language when this version knows the kind; the bundle's English otherwise. */
    private static BundlePage.FindingText finding(BundleReport.Finding f, Messages m) {
        String title = f.title();
        String explanation = f.explanation();
        try {
            FailureKind kind = FailureKind.valueOf(f.kind());
            title = m.format(kind.title());
            explanation = m.format(kind.explanation());
        } catch (IllegalArgumentException unknownKind) {
            // a kind from another version: keep the words the bundle brought
        }
        String shown = title.isEmpty() ? f.kind() : title + " (" + f.kind() + ")";
        return new BundlePage.FindingText(shown, FindingText.paragraph(shown, explanation, f.evidence(), f.logId(), m),
                f.remedies());
    }

    private static String skew(BundleReport r, Messages m) {
        Long offset = r.network().clockOffsetSeconds();
        // their check measured local minus server: not the Status screen's sign, so its own words
        return offset == null ? m.get("bundle.status.skewNone") : m.get("bundle.status.skew", String.format(Locale.ROOT, "%+d", offset));
    }

    /** The bundle's time in the reader's zone, and in UTC when that is another clock. */
    private static String made(BundleReport r, ZoneId zone) {
        if (r.createdAt() == null) {
            return "?";
        }
        String utc = UTC.format(r.createdAt());
        return zone.getRules().getOffset(r.createdAt()).getTotalSeconds() == 0 ? utc
                : TIME.withZone(zone).format(r.createdAt()) + " (" + utc + ")";
    }

    private static HealthState state(String name) {
        try {
            return name.isEmpty() ? null : HealthState.valueOf(name);
        } catch (IllegalArgumentException otherVersion) {
            return null;
        }
    }

    /** OK, FAILED or SKIPPED: the wizard has a line for each; anything else reads as skipped. */
    private static String result(String result) {
        return List.of("OK", "FAILED", "SKIPPED").contains(result) ? result : "SKIPPED";
    }

    private static Instant instant(String text) {
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private BundlePages() {
    }
}
