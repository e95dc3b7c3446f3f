package dev.tokendoctor.oauth.client;

import dev.tokendoctor.oauth.signin.DeviceAuthorization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tokendoctor.core.json.Json;
import dev.tokendoctor.core.redact.Redactor;
import dev.tokendoctor.oauth.client.OAuthOutcome.ProtocolError.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Coze answers into outcomes. The JSON decides, not the HTTP status: an OAuth error body,
 * a non-zero business {@code code} (even with HTTP 200), or the expected fields.
 */
final class ResponseReader {

    private static final int SNIPPET = 300;

    private final Clock clock;
    private final Redactor redactor;

    ResponseReader(Clock clock, Redactor redactor) {
        this.clock = clock;
        this.redactor = redactor;
    }

    /** A token endpoint answer; {@code expires_in} is ABSOLUTE epoch seconds. */
    OAuthOutcome token(HttpAnswer answer) {
        Object parsed = parse(answer);
        if (parsed instanceof OAuthOutcome) {
            return (OAuthOutcome) parsed;
        }
        JsonNode node = (JsonNode) parsed;
        String accessToken = text(node, "access_token");
        if (accessToken == null) {
            return notAsExpected(answer);
        }
        Instant now = clock.instant();
        String refreshToken = text(node, "refresh_token");
        Long expiresIn = number(node, "expires_in");
        return new OAuthOutcome.Success(new TokenGrant(accessToken, refreshToken,
                expiresIn == null ? null : Instant.ofEpochSecond(expiresIn), text(node, "token_type"),
                now, refreshToken == null ? null : now, rawFields(answer.body())));
    }

    /** The device code answer; its {@code expires_in} is a DURATION. */
    OAuthOutcome deviceCode(HttpAnswer answer) {
        Object parsed = parse(answer);
        if (parsed instanceof OAuthOutcome) {
            return (OAuthOutcome) parsed;
        }
        JsonNode node = (JsonNode) parsed;
        String deviceCode = text(node, "device_code");
        if (deviceCode == null) {
            return notAsExpected(answer);
        }
        Long lifetime = number(node, "expires_in");
        Long interval = number(node, "interval");
        return new OAuthOutcome.DeviceCodeIssued(new DeviceAuthorization(deviceCode,
                text(node, "user_code"), text(node, "verification_uri"),
                clock.instant().plus(lifetime == null ? DeviceAuthorization.DEFAULT_LIFETIME
                        : Duration.ofSeconds(lifetime)),
                interval == null ? null : Duration.ofSeconds(interval)));
    }

    /** The {@code /v1/users/me} answer: {@code {code:0, data:{user_id, …}}}. */
    OAuthOutcome user(HttpAnswer answer) {
        Object parsed = parse(answer);
        if (parsed instanceof OAuthOutcome) {
            return (OAuthOutcome) parsed;
        }
        JsonNode node = (JsonNode) parsed;
        JsonNode data = node.path("data");
        if (!node.has("code") || !data.isObject()) {
            return notAsExpected(answer);
        }
        return new OAuthOutcome.Probed(new CozeUser(text(data, "user_id"), text(data, "user_name"),
                text(data, "nick_name"), text(data, "avatar_url")));
    }

    /** The JSON object of a usable answer, or the outcome that explains why there is none. */
    private Object parse(HttpAnswer answer) {
        String body = answer.body() == null ? "" : answer.body().strip();
        JsonNode node = null;
        if (!body.isEmpty()) {
            try {
                node = Json.mapper().readTree(body);
            } catch (JsonProcessingException e) {
                node = null;
            }
        }
        if (answer.status() == 429) {
            // Whatever the body says (the sandbox and gateways send an error object), the remedy
            // is to wait for Retry-After, not to fix a request: keep it RATE_LIMITED.
            return problem(answer, Problem.RATE_LIMITED);
        }
        if (node != null && node.isObject()) {
            if (hasText(node, "error") || hasText(node, "error_code")) {
                return new OAuthOutcome.OAuthError(text(node, "error"), text(node, "error_code"),
                        redactor.redact(text(node, "error_message")),
                        redactor.redact(text(node, "error_description")), answer.status(), answer.logId());
            }
            Long code = number(node, "code");
            if (code != null && code != 0) {
                String logId = text(node.path("detail"), "logid");
                return new OAuthOutcome.BusinessError(code, redactor.redact(text(node, "msg")),
                        logId != null ? logId : answer.logId(), answer.status());
            }
            if (answer.status() / 100 == 2) {
                return node;
            }
        }
        return notAsExpected(answer, node, body);
    }

    private OAuthOutcome notAsExpected(HttpAnswer answer) {
        return problem(answer, answer.status() / 100 == 2 ? Problem.MISSING_FIELD : Problem.UNEXPECTED_STATUS);
    }

    private OAuthOutcome notAsExpected(HttpAnswer answer, JsonNode node, String body) {
        int status = answer.status();
        Problem problem;
        if (status == 429) {
            problem = Problem.RATE_LIMITED;
        } else if (status >= 500) {
            problem = Problem.SERVER_UNAVAILABLE;
        } else if (body.isEmpty()) {
            problem = Problem.EMPTY_BODY;
        } else if (looksLikeHtml(answer, body)) {
            problem = Problem.HTML_PAGE;
        } else if (node == null) {
            problem = Problem.MALFORMED_JSON;
        } else if (status / 100 == 2) {
            problem = Problem.MISSING_FIELD;
        } else {
            problem = Problem.UNEXPECTED_STATUS;
        }
        return problem(answer, problem);
    }

    private OAuthOutcome problem(HttpAnswer answer, Problem problem) {
        String redacted = redactor.redact(answer.body() == null ? "" : answer.body().strip());
        String snippet = redacted.length() > SNIPPET ? redacted.substring(0, SNIPPET) + "…" : redacted;
        return new OAuthOutcome.ProtocolError(answer.status(), problem, snippet, answer.logId());
    }

    private static boolean looksLikeHtml(HttpAnswer answer, String body) {
        String type = answer.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        return type.contains("html") || body.startsWith("<");
    }

    private Map<String, Object> rawFields(String body) {
        try {
            return Json.mapper().readValue(redactor.redact(body), new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private static boolean hasText(JsonNode node, String field) {
        String value = text(node, field);
        return value != null && !value.isBlank();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    static Long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        try {
            return value.isTextual() ? Long.parseLong(value.asText().strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
