package dev.tokendoctor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tokendoctor.core.diagnosis.ConfigFinding;
import dev.tokendoctor.core.diagnosis.ConfigReport;
import dev.tokendoctor.core.diagnosis.Finding;
import dev.tokendoctor.core.diagnosis.Remedy;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.json.Json;
import dev.tokendoctor.core.redact.Redactor;
import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.Exchange;
import dev.tokendoctor.oauth.network.NetworkReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code report.json}: the same content as the Markdown, for tools; texts in English (the token's
 * source and reasons in Chinese too, for the bundle viewer), every string leaf redacted.
 */
final class ReportJson {

    static final String FORMAT = "coze-token-doctor-report/1";

    private final BundleInput in;
    private final Messages m;
    private final Messages zh = new Messages(Messages.CHINESE);
    private final Redactor r;

    ReportJson(BundleInput in, Messages english, Redactor redactor) {
        this.in = in;
        this.m = english;
        this.r = redactor;
    }

    String render(Map<String, String> system) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("createdAt", in.createdAt().toString());
        root.put("system", system);
        root.put("token", token());
        root.put("diagnosis", diagnosis());
        root.put("config", config(in.config()));
        root.put("network", network(in.network()));
        root.put("exchanges", in.exchanges().stream().map(this::exchange).toList());
        root.put("reproduction", in.reproduction());
        root.put("pastedErrors", in.pastedErrors());
        try {
            return Json.indented().writeValueAsString(redacted(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialize", e);
        }
    }

    private Map<String, Object> token() {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("source", m.format(in.tokenSource()));
        t.put("sourceZh", zh.format(in.tokenSource())); // the bundle viewer shows the card in its reader's language
        if (in.health() != null) {
            t.put("state", in.health().state().name());
            t.put("accessRemainingSeconds", in.health().accessLeft().map(d -> d.getSeconds()).orElse(null));
            t.put("reasons", in.health().reasons().stream().map(this::bilingual).toList());
        }
        TokenRecord record = in.token();
        if (record != null) {
            t.put("accessFingerprint", Fingerprint.text(record.accessToken()));
            t.put("refreshFingerprint", Fingerprint.text(record.refreshToken()));
            t.put("kind", record.accessKind().name());
            t.put("expiresAt", String.valueOf(record.expiresAt()));
            t.put("issuedAt", String.valueOf(record.issuedAt()));
            t.put("refreshIssuedAt", String.valueOf(record.refreshIssuedAt()));
        }
        return t;
    }

    private Map<String, Object> diagnosis() {
        Map<String, Object> d = new LinkedHashMap<>();
        List<Object> findings = new ArrayList<>();
        if (in.diagnosis() != null) {
            for (Finding f : in.diagnosis().findings()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("kind", f.kind().name());
                one.put("title", m.format(f.kind().title()));
                one.put("explanation", m.format(f.kind().explanation()));
                one.put("evidence", f.evidenceWords().isEmpty() ? f.evidence()
                        : String.join(" ", f.evidenceWords().stream().map(m::format).toList()));
                one.put("logId", f.logId());
                List<Object> remedies = new ArrayList<>();
                for (Remedy remedy : f.remedies()) {
                    remedies.add(Map.of("action", remedy.action().name(), "automatable", remedy.automatable(),
                            "text", m.format(remedy.instruction())));
                }
                one.put("remedies", remedies);
                findings.add(one);
            }
            d.put("unreadable", in.diagnosis().unreadable().stream().map(this::text).toList());
        }
        d.put("findings", findings);
        return d;
    }

    private Map<String, Object> config(ConfigReport config) {
        Map<String, Object> c = new LinkedHashMap<>();
        if (config == null) {
            return c;
        }
        List<Object> findings = new ArrayList<>();
        for (ConfigFinding f : config.findings()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("severity", f.severity().name());
            one.put("check", f.code().name());
            one.put("kind", f.kind() == null ? null : f.kind().name());
            one.put("location", f.location());
            one.put("line", f.shown());
            one.put("message", m.format(f.message()));
            one.put("fixLine", f.fixLine());
            findings.add(one);
        }
        c.put("findings", findings);
        c.put("settings", config.settings().stream().map(s -> Map.of("key", s.key(), "value", s.shown(),
                "file", String.valueOf(s.file()), "line", s.line())).toList());
        return c;
    }

    private Map<String, Object> network(NetworkReport net) {
        Map<String, Object> n = new LinkedHashMap<>();
        if (net == null) {
            return n;
        }
        n.put("steps", net.steps().stream().map(s -> Map.of("host", s.host(), "step", s.kind().name(),
                "result", s.result().name(), "detail", m.format(s.detail()), "millis", s.took().toMillis())).toList());
        n.put("proxies", net.proxies().stream().map(p -> Map.of("name", p.name(), "value", p.value())).toList());
        n.put("clockOffsetSeconds", net.clockOffset() == null ? null : net.clockOffset().getSeconds());
        n.put("cancelled", net.cancelled());
        return n;
    }

    private Map<String, Object> exchange(Exchange e) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("id", e.id());
        x.put("startedAt", e.startedAt().toString());
        x.put("method", e.method());
        x.put("url", e.url());
        x.put("status", e.status());
        x.put("millis", e.duration().toMillis());
        x.put("requestHeaders", e.requestHeaders().stream().map(h -> h.name() + ": " + h.value()).toList());
        x.put("requestBody", e.requestBody());
        x.put("responseHeaders", e.responseHeaders().stream().map(h -> h.name() + ": " + h.value()).toList());
        x.put("responseBody", e.responseBody());
        x.put("failure", e.failure());
        return x;
    }

    private Map<String, String> text(Msg msg) {
        return Map.of("key", msg.key(), "text", m.format(msg));
    }

    /** {@link #text} and the same in Chinese, for the lines the bundle viewer shows as they were worded. */
    private Map<String, String> bilingual(Msg msg) {
        Map<String, String> both = new LinkedHashMap<>();
        both.put("key", msg.key());
        both.put("text", m.format(msg));
        both.put("zh", zh.format(msg));
        return both;
    }

    /** A copy of the tree with every string run through the redactor. */
    private Object redacted(Object node) {
        if (node instanceof String s) {
            return r.redactText(s);
        }
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), redacted(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(this::redacted).toList();
        }
        return node;
    }
}
