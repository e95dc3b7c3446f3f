package dev.tokendoctor.report;

import static dev.tokendoctor.report.BundleReader.list;
import static dev.tokendoctor.report.BundleReader.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the parts of {@code report.json}; every field is optional, every type is checked before use. */
final class BundleParts {

    static BundleReport.Token token(JsonNode t) {
        List<String> reasonsZh = new ArrayList<>();
        t.path("reasons").forEach(r -> reasonsZh.add(text(r, "zh")));
        return new BundleReport.Token(text(t, "source"), text(t, "state"), number(t.get("accessRemainingSeconds")),
                list(t.path("reasons")), text(t, "accessFingerprint"), text(t, "refreshFingerprint"), text(t, "kind"),
                nullWord(text(t, "expiresAt")), text(t, "sourceZh"),
                reasonsZh.contains("") ? List.of() : reasonsZh); // all lines or none: never a mix of languages
    }

    static List<BundleReport.Finding> findings(JsonNode array) {
        List<BundleReport.Finding> out = new ArrayList<>();
        for (JsonNode f : array) {
            List<String> remedies = new ArrayList<>();
            f.path("remedies").forEach(r -> remedies.add(r.isValueNode() ? r.asText() : text(r, "text")));
            out.add(new BundleReport.Finding(text(f, "kind"), text(f, "title"), text(f, "explanation"), text(f, "evidence"),
                    text(f, "logId"), remedies));
        }
        return out;
    }

    static List<String> texts(JsonNode array) {
        return list(array);
    }

    static List<BundleReport.ConfigLine> config(JsonNode array) {
        List<BundleReport.ConfigLine> out = new ArrayList<>();
        for (JsonNode f : array) {
            out.add(new BundleReport.ConfigLine(text(f, "severity"), text(f, "check"), text(f, "location"), text(f, "line"),
                    text(f, "message"), text(f, "fixLine")));
        }
        return out;
    }

    /** {@code KEY=value (file:line)}, as report.md lists the settings. */
    static List<String> settings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode setting : array) {
            String where = text(setting, "file") + (text(setting, "line").isEmpty() ? "" : ":" + text(setting, "line"));
            out.add(text(setting, "key") + "=" + text(setting, "value") + (where.isEmpty() ? "" : " (" + where + ")"));
        }
        return out;
    }

    static BundleReport.Network network(JsonNode n) {
        List<BundleReport.Step> steps = new ArrayList<>();
        for (JsonNode s : n.path("steps")) {
            Long millis = number(s.get("millis"));
            steps.add(new BundleReport.Step(text(s, "host"), text(s, "step"), text(s, "result"), text(s, "detail"),
                    millis == null ? 0 : millis));
        }
        List<String> proxies = new ArrayList<>();
        n.path("proxies").forEach(p -> proxies.add(text(p, "name") + "=" + text(p, "value")));
        return new BundleReport.Network(steps, proxies, number(n.get("clockOffsetSeconds")), n.path("cancelled").asBoolean(false));
    }

    static List<BundleReport.ExchangeLine> exchanges(JsonNode array) {
        List<BundleReport.ExchangeLine> out = new ArrayList<>();
        for (JsonNode x : array) {
            Long id = number(x.get("id"));
            Long status = number(x.get("status"));
            Long millis = number(x.get("millis"));
            out.add(new BundleReport.ExchangeLine(id == null ? 0 : id, text(x, "startedAt"), text(x, "method"), text(x, "url"),
                    status == null ? 0 : status.intValue(), millis == null ? 0 : millis, list(x.path("requestHeaders")),
                    text(x, "requestBody"), list(x.path("responseHeaders")), text(x, "responseBody"), text(x, "failure")));
        }
        return out;
    }

    private static Long number(JsonNode node) {
        return node != null && node.isNumber() ? node.asLong() : null;
    }

    private static String nullWord(String text) {
        return "null".equals(text) ? "" : text;
    }

    private BundleParts() {
    }
}
