package dev.tokendoctor.core.token;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tokendoctor.core.i18n.JsonPlace;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.ExpiryResolver.Resolution;
import dev.tokendoctor.core.token.ParseResult.ExpiryReading;
import dev.tokendoctor.core.token.ParseResult.Parsed;
import dev.tokendoctor.core.token.ParseResult.Shape;
import dev.tokendoctor.core.token.ParseWarning.Code;
import dev.tokendoctor.core.token.TimeValue.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Finds the token object inside parsed JSON and turns it into a {@link TokenRecord}. */
final class RecordReader {

    static final List<String> ACCESS = List.of("access_token", "accessToken", "token", "access");
    static final List<String> REFRESH = List.of("refresh_token", "refreshToken", "refresh");
    static final List<String> TYPE = List.of("token_type", "tokenType");
    static final List<String> ISSUED = List.of("obtained_at", "obtainedAt", "issued_at", "issuedAt",
            "created_at", "createdAt", "saved_at", "savedAt", "timestamp", "iat");
    static final List<String> REFRESH_ISSUED = List.of("refresh_issued_at", "refreshIssuedAt",
            "refresh_obtained_at", "refresh_token_issued_at");
    /** Where apps nest the record: {@code {tokens:{…}}}, {@code {data:{…}}} and friends. */
    static final List<String> NESTS = List.of("tokens", "data", "token", "result", "value", "oauth", "auth", "credentials");
    private static final int MAX_DEPTH = 5;
    private static final Duration LEEWAY = Duration.ofSeconds(60);

    private final Instant now;
    private final Warnings warnings = new Warnings();

    RecordReader(Instant now) {
        this.now = now;
    }

    ParseResult read(JsonNode root) {
        try {
            return read(root, "$", 0);
        } catch (Problem p) {
            return new ParseResult.Rejected(p.problem());
        }
    }

    private ParseResult read(JsonNode node, String path, int depth) throws Problem {
        if (depth > MAX_DEPTH) {
            throw problem(ParseProblem.Code.NO_ACCESS_TOKEN, path, Msg.of("parse.tooDeep", JsonPlace.of(path)));
        }
        if (node.isTextual()) {
            return text(node.asText().trim(), path, depth);
        }
        if (!node.isObject()) {
            throw problem(ParseProblem.Code.WRONG_TYPE, path, Msg.of("parse.notObject", JsonPlace.of(path), TimeValue.typeName(node)));
        }
        JsonNode access = field(node, ACCESS);
        if (access != null && !(access.isObject() || access.isTextual() && access.asText().trim().startsWith("{"))) {
            return object(node, path);
        }
        for (String nest : NESTS) {
            JsonNode inner = node.get(nest);
            if (inner != null && (inner.isObject() || inner.isTextual() && inner.asText().trim().startsWith("{"))) {
                return read(inner, path + "." + nest, depth + 1);
            }
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        String seen = keys.isEmpty() ? "—" : String.join(", ", keys.subList(0, Math.min(10, keys.size())));
        throw problem(ParseProblem.Code.NO_ACCESS_TOKEN, path, Msg.of("parse.noAccessToken", JsonPlace.of(path), seen));
    }

    /** A JSON string: double-encoded JSON, or a bare token. */
    private ParseResult text(String value, String path, int depth) throws Problem {
        if (value.startsWith("{") || value.startsWith("\"")) {
            JsonNode inner;
            try {
                inner = TokenParser.JSON.readTree(value);
            } catch (JsonProcessingException e) {
                throw problem(ParseProblem.Code.INVALID_JSON, path,
                        Msg.of("parse.innerJson", JsonPlace.of(path), TokenParser.firstLine(e.getOriginalMessage())));
            }
            warnings.add(Code.DOUBLE_ENCODED, "warn.doubleEncoded", JsonPlace.of(path));
            return read(inner, path, depth + 1);
        }
        return bareToken(value, path);
    }

    ParseResult bareToken(String token, String path) {
        if (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
            return TokenParser.reject(ParseProblem.Code.NOT_A_TOKEN, path, Msg.of("parse.notAToken"));
        }
        try {
            JwtDetails jwt = jwt(token, path);
            Instant expiresAt = jwt == null ? null : jwt.expiresAt();
            ExpiryReading reading = expiresAt == null ? ExpiryReading.unknown()
                    : new ExpiryReading(ExpirySource.JWT_EXP, "exp", String.valueOf(expiresAt.getEpochSecond()));
            if (expiresAt == null) {
                warnings.add(Code.BARE_TOKEN, TokenKind.of(token) == TokenKind.PERSONAL ? "warn.barePat" : "warn.bareToken");
            }
            Instant issuedAt = jwt == null ? null : jwt.issuedAt();
            TokenRecord record = new TokenRecord(token, null, expiresAt, issuedAt, null, null, jwt);
            Msg reason = expiresAt == null ? Msg.of("interp.bare") : Msg.of("interp.jwtExp", expiresAt.toString());
            return finish(record, Shape.BARE_TOKEN, path, reading, reason);
        } catch (Problem p) {
            return new ParseResult.Rejected(p.problem());
        }
    }

    private ParseResult object(JsonNode node, String path) throws Problem {
        String access = text(node, ACCESS, path, true);
        String refresh = text(node, REFRESH, path, false);
        String type = text(node, TYPE, path, false);
        Instant issuedAt = time(node, ISSUED, path);
        Instant refreshIssuedAt = time(node, REFRESH_ISSUED, path);
        if (refreshIssuedAt == null && refresh != null) {
            refreshIssuedAt = issuedAt;
        }
        JwtDetails jwt = jwt(access, accessPath(node, path));
        Resolution expiry = new ExpiryResolver(now).resolve(node, path, issuedAt);
        warnings.addAll(expiry.warnings());
        Instant expiresAt = expiry.expiresAt();
        ExpiryReading reading = expiry.reading();
        Msg reason = expiry.reason();
        if (jwt != null && jwt.expiresAt() != null) {
            if (expiresAt == null) {
                expiresAt = jwt.expiresAt();
                reading = new ExpiryReading(ExpirySource.JWT_EXP, "exp", String.valueOf(expiresAt.getEpochSecond()));
                reason = Msg.of("interp.jwtExp", expiresAt.toString());
            } else if (Duration.between(expiresAt, jwt.expiresAt()).abs().compareTo(LEEWAY) > 0) {
                warnings.add(Code.JWT_EXP_DISAGREES, "warn.jwtExpDisagrees", jwt.expiresAt().toString(), expiresAt.toString());
            }
        }
        if (issuedAt == null && jwt != null) {
            issuedAt = jwt.issuedAt();
        }
        TokenRecord record = new TokenRecord(access, refresh, expiresAt, issuedAt, refreshIssuedAt, type, jwt);
        return finish(record, shapeOf(node, reading), path, reading, reason);
    }

    private ParseResult finish(TokenRecord record, Shape shape, String path, ExpiryReading reading, Msg reason) {
        TokenKind kind = record.accessKind();
        if (kind == TokenKind.OPAQUE) {
            warnings.add(Code.UNKNOWN_TOKEN_PREFIX, "warn.unknownPrefix");
        }
        if (record.hasRefreshToken() && record.refreshIssuedAt() == null) {
            warnings.add(Code.REFRESH_WITHOUT_ISSUE_TIME, "warn.refreshNoIssue");
        }
        if (!record.hasRefreshToken() && kind.refreshable() && shape != Shape.BARE_TOKEN) {
            warnings.add(Code.NO_REFRESH_TOKEN, "warn.noRefresh");
        }
        if (record.issuedAt() != null && record.issuedAt().isAfter(now.plus(LEEWAY))) {
            warnings.add(Code.ISSUED_IN_FUTURE, "warn.issuedInFuture", record.issuedAt().toString());
        }
        if (record.jwt() != null) {
            if (record.jwt().unsigned()) {
                warnings.add(Code.JWT_UNSIGNED, "warn.jwtUnsigned");
            }
            warnings.add(Code.JWT_SIGNATURE_UNVERIFIED, "warn.jwtUnverified");
        }
        return new Parsed(record, shape, path, reading, reason, warnings.list());
    }

    private static Shape shapeOf(JsonNode node, ExpiryReading reading) {
        if (reading.source() == ExpirySource.DURATION_FROM_ISSUE_TIME) {
            return Shape.DURATION_WITH_ISSUE_TIME;
        }
        boolean camel = field(node, List.of("accessToken", "refreshToken", "expiresAt", "expiresIn")) != null;
        return camel ? Shape.CAMEL_CASE : Shape.COZE_RESPONSE;
    }

    /** Decodes a JWT-looking token; a bad one is refused at its place, e.g. {@code $.access_token (JWT payload)}. */
    private static JwtDetails jwt(String token, String where) throws Problem {
        if (!JwtDecoder.looksLikeJwt(token)) {
            return null;
        }
        JwtDecoder.Result result = JwtDecoder.decode(token);
        if (!result.ok()) {
            ParseProblem p = result.problem();
            String part = "token".equals(p.where()) ? "" : " (JWT " + p.where() + ")";
            throw problem(p.code(), where + part, p.message());
        }
        return result.details();
    }

    private static String accessPath(JsonNode node, String path) {
        return ACCESS.stream().filter(name -> node.hasNonNull(name)).findFirst().map(name -> path + "." + name).orElse(path);
    }

    private static String text(JsonNode node, List<String> names, String path, boolean required) throws Problem {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                throw problem(ParseProblem.Code.WRONG_TYPE, path + "." + name,
                        Msg.of("parse.wrongType", JsonPlace.of(path + "." + name), TimeValue.typeName(value)));
            }
            String text = value.asText().trim();
            if (text.isEmpty() && required) {
                throw problem(ParseProblem.Code.NO_ACCESS_TOKEN, path + "." + name, Msg.of("parse.emptyToken", JsonPlace.of(path + "." + name)));
            }
            if (text.chars().anyMatch(Character::isWhitespace)) {
                throw problem(ParseProblem.Code.NOT_A_TOKEN, path + "." + name, Msg.of("parse.tokenWhitespace", JsonPlace.of(path + "." + name)));
            }
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    private static Instant time(JsonNode node, List<String> names, String path) throws Problem {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                TimeValue t = TimeValue.read(value, path + "." + name);
                if (t.instant() == null) {
                    throw problem(ParseProblem.Code.BAD_TIME, path + "." + name, Msg.of("parse.issueNotTime", JsonPlace.of(path + "." + name), t.raw()));
                }
                return t.instant();
            }
        }
        return null;
    }

    private static JsonNode field(JsonNode node, List<String> names) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (names.contains(e.getKey()) && !e.getValue().isNull()) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Problem problem(ParseProblem.Code code, String where, Msg msg) {
        return new Problem(new ParseProblem(code, where, msg));
    }
}
