package dev.tokendoctor.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A support bundle as read back: the parts of {@code report.json} an engineer looks at, as plain
 * text (already redacted when the bundle was written), plus the bundle's {@code report.md}.
 * Every part may be empty: an older or newer bundle lacks or adds parts, and still opens.
 *
 * @param schema     the report's schema (its {@code schema} field, or {@code format} in bundles that predate it)
 * @param version    the number after the slash in {@code schema}, 0 when unknown
 * @param newer      whether the bundle was written by a newer version than this reader knows
 * @param createdAt  when the bundle was made on the user's machine, or null
 * @param settings   the .env settings the check read, one {@code KEY=value (file:line)} each (values as the bundle shows them)
 * @param markdown   {@code report.md} (Chinese, then English), empty if absent
 * @param json       {@code report.json} as written (already redacted), for tools
 */
public record BundleReport(String schema, int version, boolean newer, Instant createdAt, Map<String, String> system,
                           Token token, List<Finding> findings, List<String> unreadable, List<ConfigLine> config,
                           List<String> settings, Network network, List<ExchangeLine> exchanges, String reproduction, String pastedErrors,
                           String markdown, String json) {

    public BundleReport {
        system = Collections.unmodifiableMap(new LinkedHashMap<>(system));
        findings = List.copyOf(findings);
        unreadable = List.copyOf(unreadable);
        config = List.copyOf(config);
        settings = List.copyOf(settings);
        exchanges = List.copyOf(exchanges);
    }

    /**
     * The followed token on the user's machine; {@code state} is a {@code HealthState} name or empty.
     * {@code source} and {@code reasons} are in English (the report's language); {@code sourceZh} and
     * {@code reasonsZh} are the same in Chinese, empty in bundles written before they were added.
     */
    public record Token(String source, String state, Long accessRemainingSeconds, List<String> reasons,
                        String accessFingerprint, String refreshFingerprint, String kind, String expiresAt,
                        String sourceZh, List<String> reasonsZh) {
        public Token {
            reasons = List.copyOf(reasons);
            reasonsZh = List.copyOf(reasonsZh);
        }

        /** Where the token came from, in the reader's language when the bundle has it, else in English. */
        public String source(Locale reader) {
            return chinese(reader) && !sourceZh.isEmpty() ? sourceZh : source;
        }

        /** Why the token is in its state, in the reader's language when the bundle has every line of it, else in English. */
        public List<String> reasons(Locale reader) {
            return chinese(reader) && !reasonsZh.isEmpty() && reasonsZh.size() == reasons.size() ? reasonsZh : reasons;
        }

        private static boolean chinese(Locale reader) {
            return reader != null && "zh".equals(reader.getLanguage());
        }
    }

    /** One diagnosed failure, with its evidence and remedies in words. */
    public record Finding(String kind, String title, String explanation, String evidence, String logId,
                          List<String> remedies) {
        public Finding {
            remedies = List.copyOf(remedies);
        }
    }

    /** One finding of the .env check. */
    public record ConfigLine(String severity, String check, String location, String line, String message, String fixLine) {
    }

    /** The network and clock check. */
    public record Network(List<Step> steps, List<String> proxies, Long clockOffsetSeconds, boolean cancelled) {
        public Network {
            steps = List.copyOf(steps);
            proxies = List.copyOf(proxies);
        }

        public boolean ran() {
            return !steps.isEmpty();
        }
    }

    /** One step of the network check. */
    public record Step(String host, String step, String result, String detail, long millis) {
    }

    /** One exchange of the network log. */
    public record ExchangeLine(long id, String startedAt, String method, String url, int status, long millis,
                               List<String> requestHeaders, String requestBody, List<String> responseHeaders,
                               String responseBody, String failure) {
        public ExchangeLine {
            requestHeaders = List.copyOf(requestHeaders);
            responseHeaders = List.copyOf(responseHeaders);
        }
    }
}
