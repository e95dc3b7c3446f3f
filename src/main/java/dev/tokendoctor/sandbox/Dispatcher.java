package dev.tokendoctor.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the route of each request, applies the armed faults to the JSON API routes and writes
 * the answer with a unique {@code X-Tt-Logid} and a {@code Date} from the sandbox clock.
 */
final class Dispatcher implements HttpHandler {

    /** The JDK server stamps Date from the system clock; {@link DateFront} swaps this in. */
    static final String DATE_OVERRIDE = "X-Sandbox-Date";
    static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private record Entry(String method, Pattern path, boolean api, Route route) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Clock clock;
    private final FaultInjector faults;

    Dispatcher(Clock clock, FaultInjector faults) {
        this.clock = clock;
        this.faults = faults;
    }

    /** A JSON API route: faults apply, CORS preflight is answered. */
    Dispatcher api(String method, String pathRegex, Route route) {
        entries.add(new Entry(method, Pattern.compile(pathRegex), true, route));
        return this;
    }

    /** A page route: faults never apply. */
    Dispatcher page(String method, String pathRegex, Route route) {
        entries.add(new Entry(method, Pattern.compile(pathRegex), false, route));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Answer answer;
            try {
                answer = answer(read(exchange));
            } catch (RuntimeException e) {
                // A bug in a route must not take the server thread down; say so without details.
                answer = Answer.oauthError(500, "internal_error", "internal error");
            }
            if (!answer.dropped()) { // closing an exchange before its headers closes the connection
                write(exchange, answer);
            }
        } finally {
            exchange.close();
        }
    }

    private Answer answer(Request request) {
        boolean pathKnown = false;
        for (Entry entry : entries) {
            if (!entry.path().matcher(request.path()).matches()) {
                continue;
            }
            pathKnown = true;
            if (entry.api() && "OPTIONS".equals(request.method())) {
                return preflight();
            }
            if (entry.method().equals(request.method())) {
                return entry.api() ? faults.around(request, entry.route()) : entry.route().handle(request);
            }
        }
        return pathKnown ? Answer.text(405, "method not allowed") : Answer.text(404, "not found");
    }

    private static Answer preflight() {
        return new Answer(204, null, new byte[0], Map.of(
                "Access-Control-Allow-Methods", "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers", "Authorization, Content-Type",
                "Access-Control-Max-Age", "600"), false);
    }

    private static Request read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        String path = exchange.getRequestURI().getPath();
        return new Request(exchange.getRequestMethod().toUpperCase(Locale.ROOT), path == null ? "/" : path,
                Request.parseParams(exchange.getRequestURI().getRawQuery()), headers, body);
    }

    private void write(HttpExchange exchange, Answer answer) throws IOException {
        Instant now = clock.instant();
        var headers = exchange.getResponseHeaders();
        answer.headers().forEach(headers::set);
        if (!headers.containsKey("X-Tt-Logid")) {
            headers.set("X-Tt-Logid", Randoms.logId(now.toEpochMilli()));
        }
        headers.set("Access-Control-Allow-Origin", "*");
        headers.set("Access-Control-Expose-Headers", "X-Tt-Logid, Date, Retry-After");
        headers.set("Cache-Control", "no-store");
        headers.set("Connection", "close");
        if (!headers.containsKey(DATE_OVERRIDE)) {
            headers.set(DATE_OVERRIDE, HTTP_DATE.format(now));
        }
        if (answer.contentType() == null || answer.body().length == 0) {
            if (answer.contentType() != null) {
                headers.set("Content-Type", answer.contentType());
            }
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        headers.set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }
}
