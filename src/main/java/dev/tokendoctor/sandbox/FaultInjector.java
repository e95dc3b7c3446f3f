package dev.tokendoctor.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Applies the armed {@link Faults} around one JSON API route. */
final class FaultInjector {

    private static final String GATEWAY_PAGE = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
            + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>tengine</center>\r\n"
            + "</body>\r\n</html>\r\n";

    private final Faults faults;
    private final SandboxEvents events;
    private final Clock clock;

    FaultInjector(Faults faults, SandboxEvents events, Clock clock) {
        this.faults = faults;
        this.events = events;
        this.clock = clock;
    }

    Answer around(Request request, Route route) {
        take(FaultKind.DELAY, request).ifPresent(FaultInjector::pause);
        if (take(FaultKind.DROP_CONNECTION, request).isPresent()) {
            return Answer.drop();
        }
        if (take(FaultKind.HTTP_500, request).isPresent()) {
            return Answer.oauthError(500, "internal_error", "internal error, please retry later");
        }
        if (take(FaultKind.HTTP_503, request).isPresent()) {
            return Answer.text(503, "Service Unavailable");
        }
        Optional<Fault> tooMany = take(FaultKind.HTTP_429, request);
        if (tooMany.isPresent()) {
            return Answer.oauthError(429, "too_many_requests", "request too frequent, please retry later")
                    .withHeader("Retry-After", Long.toString(Math.max(0, tooMany.get().amount())));
        }
        if (take(FaultKind.HTML_ERROR_PAGE, request).isPresent()) {
            return Answer.html(502, GATEWAY_PAGE);
        }
        Answer answer = route.handle(request);
        if (take(FaultKind.MALFORMED_JSON, request).isPresent()) {
            answer = truncated(answer);
        }
        Optional<Fault> skew = take(FaultKind.SKEWED_DATE, request);
        if (skew.isPresent()) {
            answer = answer.withHeader(Dispatcher.DATE_OVERRIDE, Dispatcher.HTTP_DATE.format(
                    clock.instant().plusSeconds(skew.get().amount())));
        }
        return answer;
    }

    /** Token-endpoint faults that need to know the grant; consumed like the others. */
    Optional<Fault> takeForToken(FaultKind kind, Request request) {
        return take(kind, request);
    }

    private Optional<Fault> take(FaultKind kind, Request request) {
        Optional<Fault> fault = faults.take(kind);
        fault.ifPresent(f -> events.record(EventKind.FAULT_INJECTED, null, kind + " on " + request.path()));
        return fault;
    }

    private static Answer truncated(Answer answer) {
        String json = new String(answer.body(), StandardCharsets.UTF_8);
        String cut = json.length() > 2 ? json.substring(0, json.length() / 2) : "{\"access_token\":";
        return new Answer(200, "application/json; charset=utf-8", cut.getBytes(StandardCharsets.UTF_8),
                Map.of(), false);
    }

    private static void pause(Fault fault) {
        try {
            Thread.sleep(Math.max(0, fault.amount()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
