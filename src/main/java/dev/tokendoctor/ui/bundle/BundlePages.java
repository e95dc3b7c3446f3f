package dev.tokendoctor.ui.bundle;

import dev.tokendoctor.core.diagnosis.FailureKind;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.Durations;
import dev.tokendoctor.report.BundleReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Lays a {@link BundleReport} out as a {@link BundlePage} in the reader's language. */
final class BundlePages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    static BundlePage of(BundleReport r, Path file, Messages m, ZoneId zone) {
        String made = r.createdAt() == null ? "?" : time(r.createdAt(), zone) + " (UTC " + time(r.createdAt(), ZoneId.of("UTC")) + ")";
        String name = file.getFileName().toString();
        BundleReport.Token t = r.token();
        String stateName = t.state().isEmpty() ? m.get("bundle.view.noState")
                : m.has("state." + t.state()) ? m.get("state." + t.state()) : t.state();
        List<BundlePage.Detail> status = new ArrayList<>();
        detail(status, m.get("bundle.view.source"), t.source());
        detail(status, m.get("bundle.view.kind"), t.kind().isEmpty() ? "" : m.has("kind." + t.kind()) ? m.get("kind." + t.kind()) : t.kind());
        detail(status, m.get("bundle.view.access"), t.accessFingerprint());
        detail(status, m.get("bundle.view.refresh"), t.refreshFingerprint());
        detail(status, m.get("bundle.view.expires"), t.expiresAt());
        if (t.accessRemainingSeconds() != null) {
            detail(status, m.get("bundle.view.remaining"), Durations.text(
                    Duration.ofSeconds(t.accessRemainingSeconds())));
        }
        List<BundlePage.FindingText> findings = r.findings().stream().map(f -> finding(f, m)).toList();
        List<String> config = r.config().stream().map(c -> c.severity() + "  " + c.location() + "  " + c.message()
                + (c.line().isEmpty() ? "" : "\n    " + c.line()) + (c.fixLine().isEmpty() ? "" : "\n    → " + c.fixLine())).toList();
        List<String> network = new ArrayList<>();
        r.network().steps().forEach(s -> network.add(s.result() + "  " + s.step() + "  " + s.host() + "  " + s.detail()
                + " (" + s.millis() + " ms)"));
        r.network().proxies().forEach(p -> network.add(m.get("bundle.view.proxy", p)));
        if (r.network().ran()) {
            network.add(m.get("bundle.view.clock", r.network().clockOffsetSeconds() == null ? "?"
                    : r.network().clockOffsetSeconds() + " s"));
        }
        List<BundlePage.ExchangeText> exchanges = r.exchanges().stream().map(BundlePages::exchange).toList();
        List<BundlePage.Detail> system = new ArrayList<>();
        r.system().forEach((k, v) -> system.add(new BundlePage.Detail(k, v)));
        system.add(new BundlePage.Detail("schema", r.schema()));
        return new BundlePage(m.get("bundle.view.title", name, made), m.get("bundle.view.banner", made),
                r.newer() ? m.get("bundle.newer", r.schema()) : "", t.state(), stateName, status, t.reasons(), findings,
                config, network, exchanges, r.pastedErrors(), r.reproduction(), system);
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
        return new BundlePage.FindingText(title.isEmpty() ? f.kind() : title + " (" + f.kind() + ")", explanation,
                f.evidence(), f.logId(), f.remedies());
    }

    private static BundlePage.ExchangeText exchange(BundleReport.ExchangeLine e) {
        String answer = e.status() == 0 ? e.failure() : "HTTP " + e.status();
        String summary = "#" + e.id() + "  " + e.startedAt() + "  " + e.method() + " " + e.url() + "  →  " + answer
                + "  (" + e.millis() + " ms)";
        StringBuilder detail = new StringBuilder();
        detail.append(e.method()).append(' ').append(e.url()).append('\n');
        e.requestHeaders().forEach(h -> detail.append(h).append('\n'));
        if (!e.requestBody().isEmpty()) {
            detail.append('\n').append(e.requestBody()).append('\n');
        }
        detail.append("\n").append(answer).append('\n');
        e.responseHeaders().forEach(h -> detail.append(h).append('\n'));
        if (!e.responseBody().isEmpty()) {
            detail.append('\n').append(e.responseBody()).append('\n');
        }
        return new BundlePage.ExchangeText(summary, detail.toString().strip());
    }

    private static void detail(List<BundlePage.Detail> into, String name, String value) {
        if (value != null && !value.isBlank()) {
            into.add(new BundlePage.Detail(name, value));
        }
    }

    private static String time(Instant instant, ZoneId zone) {
        return TIME.withZone(zone).format(instant);
    }

    private BundlePages() {
    }
}
