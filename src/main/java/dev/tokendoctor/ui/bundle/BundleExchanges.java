package dev.tokendoctor.ui.bundle;

import dev.tokendoctor.oauth.client.Exchange;
import dev.tokendoctor.report.BundleReport;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A bundle's network log back as exchanges, so the app's own Network log screen shows it. */
final class BundleExchanges {

    static List<Exchange> of(BundleReport report, Instant fallback) {
        return report.exchanges().stream().map(e -> new Exchange(e.id(), instant(e.startedAt(), fallback), e.method(),
                e.url(), e.status(), Duration.ofMillis(e.millis()), headers(e.requestHeaders()), e.requestBody(),
                headers(e.responseHeaders()), e.responseBody(), e.failure().isEmpty() ? null : e.failure())).toList();
    }

    /** "Name: value" lines, as the bundle writes them. */
    private static List<Exchange.Header> headers(List<String> lines) {
        return lines.stream().map(l -> {
            int colon = l.indexOf(':');
            return colon < 0 ? new Exchange.Header(l, "") : new Exchange.Header(l.substring(0, colon), l.substring(colon + 1).strip());
        }).toList();
    }

    private static Instant instant(String text, Instant fallback) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            return fallback;
        }
    }

    private BundleExchanges() {
    }
}
