package dev.tokendoctor.oauth.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One request and what came back, as the exchange log keeps it: already redacted.
 *
 * @param id              increasing number, unique within a log
 * @param startedAt       when the request left, by the injected clock
 * @param status          the HTTP status, or 0 when no answer arrived
 * @param duration        wall time from sending to the end of the answer (or the failure)
 * @param failure         what went wrong on the network ({@code TIMEOUT: …}), or {@code null}
 */
public record Exchange(long id, Instant startedAt, String method, String url, int status,
                       Duration duration, List<Header> requestHeaders, String requestBody,
                       List<Header> responseHeaders, String responseBody, String failure) {

    public Exchange {
        requestHeaders = requestHeaders == null ? List.of() : List.copyOf(requestHeaders);
        responseHeaders = responseHeaders == null ? List.of() : List.copyOf(responseHeaders);
    }

    /** One header line. */
    public record Header(String name, String value) {
    }

    /** The first response header with this name (case-insensitive). */
    public Optional<String> responseHeader(String name) {
        return responseHeaders.stream().filter(h -> h.name().equalsIgnoreCase(name))
                .map(Header::value).findFirst();
    }

    Exchange withId(long newId) {
        return new Exchange(newId, startedAt, method, url, status, duration, requestHeaders,
                requestBody, responseHeaders, responseBody, failure);
    }
}
