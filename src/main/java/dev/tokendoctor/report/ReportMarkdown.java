package dev.tokendoctor.report;

import dev.tokendoctor.core.diagnosis.ConfigFinding;
import dev.tokendoctor.core.diagnosis.ConfigReport;
import dev.tokendoctor.core.diagnosis.Finding;
import dev.tokendoctor.core.diagnosis.Remedy;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.redact.Redactor;
import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.Exchange;
import dev.tokendoctor.oauth.network.NetworkReport;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** One language's half of {@code report.md}: every value from the input, secrets as fingerprints. */
final class ReportMarkdown {

    private static final int MAX_BODY = 2000;

    private final BundleInput in;
    private final Messages m;
    private final Redactor r;
    private final StringBuilder out = new StringBuilder();

    ReportMarkdown(BundleInput in, Messages messages, Redactor redactor) {
        this.in = in;
        this.m = messages;
        this.r = redactor;
    }

    String render(Map<String, String> system) {
        out.append("## ").append(m.get("report.language")).append("\n\n");
        line(m.get("report.created", time(in.createdAt())));
        line("_" + m.get("report.note") + "_");
        section("report.section.system");
        system.forEach((k, v) -> line("- " + k + ": " + r.redactText(v)));
        token();
        summary();
        diagnosis();
        config(in.config());
        network(in.network());
        exchanges();
        section("report.section.reproduction");
        block(in.reproduction());
        section("report.section.pasted");
        block(in.pastedErrors());
        return out.toString();
    }

    private void token() {
        section("report.section.token");
        TokenRecord t = in.token();
        if (in.health() != null) {
            line("- " + m.get("report.token.state", m.get("state." + in.health().state())));
            in.health().reasons().forEach(reason -> line("  - " + m.format(reason)));
        }
        String source = m.format(in.tokenSource());
        if (!source.isBlank()) {
            line("- " + m.get("report.token.source", r.redact(source)));
        }
        if (t == null) {
            line(m.get("report.noToken"));
            return;
        }
        line("- " + m.get("report.token.access", "`" + Fingerprint.text(t.accessToken()) + "`", m.get("kind." + t.accessKind())));
        line("- " + m.get("report.token.refresh", "`" + Fingerprint.text(t.refreshToken()) + "`"));
        line("- " + m.get("report.token.expires", t.expiresAt() == null ? "?" : time(t.expiresAt()),
                t.expiresAt() == null ? "?" : t.expiresAt().toString()));
    }

    private void diagnosis() {
        section("report.section.diagnosis");
        if (in.diagnosis() == null || in.diagnosis().findings().isEmpty() && in.diagnosis().unreadable().isEmpty()) {
            line(m.get("report.none"));
            return;
        }
        for (Finding f : in.diagnosis().findings()) {
            line("#### " + m.format(f.kind().title()) + " (`" + f.kind() + "`)");
            line(m.format(f.kind().explanation()));
            line("- " + m.get("report.finding.evidence", r.redact(evidence(f))));
            f.logIdIfAny().ifPresent(id -> line("- " + m.get("report.finding.logid", id)));
            line("- " + m.get("report.finding.remedies"));
            int n = 1;
            for (Remedy remedy : f.remedies()) {
                line("  " + n++ + ". " + r.redactText(m.format(remedy.instruction())));
            }
        }
        for (Msg unreadable : in.diagnosis().unreadable()) {
            line("- " + m.format(unreadable));
        }
    }

    /** The evidence in words; the raw form (message keys, field names) is for machines, in report.json. */
    private String evidence(Finding f) {
        return f.evidenceWords().isEmpty() ? "`" + f.evidence() + "`"
                : String.join(" ", f.evidenceWords().stream().map(m::format).toList());
    }

    /** Before → what was done → verified, as the wizard's Done step showed it. */
    private void summary() {
        FixSummary s = in.summary();
        if (s == null) {
            return;
        }
        section("report.section.summary");
        line("- " + m.get("report.summary.before", s.before() == null ? "?" : m.get("state." + s.before())));
        if (s.found() != null) {
            line("- " + m.get("report.summary.found", m.format(s.found())));
        }
        if (s.actions().isEmpty()) {
            line("- " + m.get("report.summary.nothingDone"));
        }
        s.actions().forEach(a -> line("- " + m.get("report.summary.action", m.format(a))));
        line("- " + m.get(s.verified() ? "report.summary.verified" : "report.summary.notVerified"));
        line("- " + m.get("report.summary.now", s.now() == null ? "?" : m.get("state." + s.now())));
    }

    private void config(ConfigReport config) {
        section("report.section.config");
        if (config == null) {
            line(m.get("report.none"));
            return;
        }
        for (ConfigFinding f : config.findings()) {
            line("- **" + m.get("severity." + f.severity()) + "** `" + r.redactText(f.location()) + "` "
                    + r.redactText(m.format(f.message())));
            if (!f.shown().isBlank()) {
                line("  - `" + r.redactText(f.shown()) + "`");
            }
            if (f.fixLine() != null) {
                line("  - " + m.get("report.config.fix", "`" + r.redactText(f.fixLine()) + "`"));
            }
        }
        for (ConfigReport.Setting s : config.settings()) {
            line("- `" + s.key() + "=" + r.redactText(s.shown()) + "` (" + r.redactText(String.valueOf(s.file())) + ":" + s.line() + ")");
        }
    }

    private void network(NetworkReport net) {
        section("report.section.network");
        if (net == null) {
            line(m.get("report.none"));
            return;
        }
        for (NetworkReport.Step s : net.steps()) {
            line("- " + r.redact(m.get("wizard.network.step." + s.result(), s.kind(), s.host(), s.took().toMillis(), m.format(s.detail()))));
        }
        line(m.get("report.network.proxy"));
        if (net.proxies().isEmpty()) {
            line("- " + m.get("report.none"));
        }
        net.proxies().forEach(p -> line("- `" + p.name() + "=" + r.redactText(p.value()) + "`"));
        line(m.get("report.network.clock", net.clockOffset() == null ? "?" : net.clockOffset().toString()));
        if (net.cancelled()) {
            line(m.get("report.network.cancelled"));
        }
    }

    private void exchanges() {
        section("report.section.exchanges");
        if (in.exchanges().isEmpty()) {
            line(m.get("report.none"));
            return;
        }
        for (Exchange e : in.exchanges()) {
            line("- #" + e.id() + " " + time(e.startedAt()) + " `" + e.method() + " " + r.redactText(e.url()) + "` → "
                    + (e.status() == 0 ? r.redactText(String.valueOf(e.failure())) : "HTTP " + e.status())
                    + " (" + e.duration().toMillis() + " ms)");
            e.responseHeader("X-Tt-Logid").ifPresent(id -> line("  - logid: " + r.redactText(id)));
            if (e.responseBody() != null && !e.responseBody().isBlank()) {
                line("  - `" + cut(r.redactText(e.responseBody())).replace('`', '\'').replace('\n', ' ') + "`");
            }
        }
    }

    private void block(String text) {
        if (text.isBlank()) {
            line(m.get("report.none"));
            return;
        }
        line("```");
        line(r.redactText(text).replace("```", "'''"));
        line("```");
    }

    private void section(String key) {
        out.append("\n### ").append(m.get(key)).append("\n\n");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx").withZone(in.zone()).format(instant);
    }

    private static String cut(String text) {
        return text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY) + "…";
    }
}
