package dev.tokendoctor.core.token;

import static dev.tokendoctor.core.token.Fixtures.CZS;
import static dev.tokendoctor.core.token.Fixtures.CZU;
import static dev.tokendoctor.core.token.Fixtures.EXP_S;
import static dev.tokendoctor.core.token.Fixtures.NOW;
import static dev.tokendoctor.core.token.Fixtures.NOW_MS;
import static dev.tokendoctor.core.token.Fixtures.NOW_S;
import static dev.tokendoctor.core.token.Fixtures.OPAQUE;
import static dev.tokendoctor.core.token.Fixtures.PAT;
import static dev.tokendoctor.core.token.Fixtures.REFRESH;
import static dev.tokendoctor.core.token.Fixtures.encode;
import static dev.tokendoctor.core.token.Fixtures.jwt;
import static dev.tokendoctor.core.token.ParseResult.Shape.BARE_TOKEN;
import static dev.tokendoctor.core.token.ParseResult.Shape.CAMEL_CASE;
import static dev.tokendoctor.core.token.ParseResult.Shape.COZE_RESPONSE;
import static dev.tokendoctor.core.token.ParseResult.Shape.DURATION_WITH_ISSUE_TIME;
import static dev.tokendoctor.core.token.ParseWarning.Code.AMBIGUOUS_FIELDS;
import static dev.tokendoctor.core.token.ParseWarning.Code.DOUBLE_ENCODED;
import static dev.tokendoctor.core.token.ParseWarning.Code.DURATION_WITHOUT_ISSUE_TIME;
import static dev.tokendoctor.core.token.ParseWarning.Code.EXPIRES_IN_AS_DURATION;
import static dev.tokendoctor.core.token.ParseWarning.Code.EXPIRY_FAR_FUTURE;
import static dev.tokendoctor.core.token.ParseWarning.Code.ISSUED_IN_FUTURE;
import static dev.tokendoctor.core.token.ParseWarning.Code.JWT_EXP_DISAGREES;
import static dev.tokendoctor.core.token.ParseWarning.Code.JWT_SIGNATURE_UNVERIFIED;
import static dev.tokendoctor.core.token.ParseWarning.Code.JWT_UNSIGNED;
import static dev.tokendoctor.core.token.ParseWarning.Code.MILLIS_IN_SECONDS_FIELD;
import static dev.tokendoctor.core.token.ParseWarning.Code.NO_REFRESH_TOKEN;
import static dev.tokendoctor.core.token.ParseWarning.Code.REFRESH_WITHOUT_ISSUE_TIME;
import static dev.tokendoctor.core.token.ParseWarning.Code.SECONDS_IN_MILLIS_FIELD;
import static dev.tokendoctor.core.token.ParseWarning.Code.UNKNOWN_TOKEN_PREFIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.ParseResult.Parsed;
import dev.tokendoctor.core.token.ParseResult.Rejected;
import dev.tokendoctor.core.token.ParseResult.Shape;
import dev.tokendoctor.core.token.ParseWarning.Code;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TokenParserTest {

    private static final Instant EXPIRY = Instant.ofEpochSecond(EXP_S);
    private static final String COZE = "{\"access_token\":\"" + CZU + "\",\"refresh_token\":\"" + REFRESH
            + "\",\"expires_in\":" + EXP_S + "}";
    private static final String CAMEL_MS = "{\"accessToken\":\"" + CZU + "\",\"refreshToken\":\"" + REFRESH
            + "\",\"expiresAt\":" + EXP_S * 1000 + ",\"obtainedAt\":" + NOW_MS + "}";
    /** {@code Date.now() + expires_in * 1000} with Coze's epoch expires_in: the 2080s. */
    private static final long FAR_MS = NOW_MS + EXP_S * 1000;
    private static final String JWT_EXP = jwt("{\"sub\":\"u1\",\"iat\":" + NOW_S + ",\"exp\":" + EXP_S + "}");

    /** What a good input must be read as: the interpretation and the exact warnings. */
    record Reading(Shape shape, ExpirySource source, String field, String path, Instant expiresAt, Set<Code> warnings) {
    }

    private static Arguments good(String name, String input, Shape shape, ExpirySource source, String field,
                                  String path, Instant expiresAt, Code... warnings) {
        Set<Code> codes = warnings.length == 0 ? EnumSet.noneOf(Code.class) : EnumSet.of(warnings[0], warnings);
        return Arguments.of(name, input, new Reading(shape, source, field, path, expiresAt, codes));
    }

    static Stream<Arguments> goodInputs() {
        String obtained = "\"access_token\":\"" + CZU + "\",\"refresh_token\":\"" + REFRESH + "\",\"expires_in\":900";
        return Stream.of(
                good("Coze response, epoch expires_in", COZE,
                        COZE_RESPONSE, ExpirySource.EPOCH_SECONDS, "expires_in", "$", EXPIRY, REFRESH_WITHOUT_ISSUE_TIME),
                good("Coze response without refresh_token", "{\"access_token\":\"" + CZU + "\",\"expires_in\":" + EXP_S + "}",
                        COZE_RESPONSE, ExpirySource.EPOCH_SECONDS, "expires_in", "$", EXPIRY, NO_REFRESH_TOKEN),
                good("Coze response with separate refresh issue time", "{\"access_token\":\"" + CZU + "\",\"refresh_token\":\""
                                + REFRESH + "\",\"expires_in\":" + EXP_S + ",\"refresh_issued_at\":" + NOW_S + "}",
                        COZE_RESPONSE, ExpirySource.EPOCH_SECONDS, "expires_in", "$", EXPIRY),
                good("camelCase, expiresAt in ms", CAMEL_MS,
                        CAMEL_CASE, ExpirySource.EPOCH_MILLIS, "expiresAt", "$", EXPIRY),
                good("camelCase, expiresAt in seconds", "{\"accessToken\":\"" + CZU + "\",\"refreshToken\":\"" + REFRESH
                                + "\",\"expiresAt\":" + EXP_S + ",\"obtainedAt\":" + NOW_S + "}",
                        CAMEL_CASE, ExpirySource.EPOCH_SECONDS, "expiresAt", "$", EXPIRY, SECONDS_IN_MILLIS_FIELD),
                good("camelCase expiresIn as Coze epoch", "{\"accessToken\":\"" + CZU + "\",\"expiresIn\":" + EXP_S + "}",
                        CAMEL_CASE, ExpirySource.EPOCH_SECONDS, "expiresIn", "$", EXPIRY, NO_REFRESH_TOKEN),
                good("expires_in 900 + obtained_at in s", "{" + obtained + ",\"obtained_at\":" + NOW_S + "}",
                        DURATION_WITH_ISSUE_TIME, ExpirySource.DURATION_FROM_ISSUE_TIME, "expires_in", "$", EXPIRY,
                        EXPIRES_IN_AS_DURATION),
                good("expires_in 900 + obtained_at in ms", "{" + obtained + ",\"obtained_at\":" + NOW_MS + "}",
                        DURATION_WITH_ISSUE_TIME, ExpirySource.DURATION_FROM_ISSUE_TIME, "expires_in", "$", EXPIRY,
                        EXPIRES_IN_AS_DURATION),
                good("expires_in 900 + created_at", "{" + obtained + ",\"created_at\":" + NOW_S + "}",
                        DURATION_WITH_ISSUE_TIME, ExpirySource.DURATION_FROM_ISSUE_TIME, "expires_in", "$", EXPIRY,
                        EXPIRES_IN_AS_DURATION),
                good("expires_in 900 + issued_at ISO", "{" + obtained + ",\"issued_at\":\"2026-11-27T10:00:00Z\"}",
                        DURATION_WITH_ISSUE_TIME, ExpirySource.DURATION_FROM_ISSUE_TIME, "expires_in", "$", EXPIRY,
                        EXPIRES_IN_AS_DURATION),
                good("expires_in 900 alone", "{" + obtained + "}",
                        COZE_RESPONSE, ExpirySource.UNKNOWN, "expires_in", "$", null,
                        EXPIRES_IN_AS_DURATION, DURATION_WITHOUT_ISSUE_TIME, REFRESH_WITHOUT_ISSUE_TIME),
                good("expires_in in ms", "{\"access_token\":\"" + CZU + "\",\"expires_in\":" + EXP_S * 1000 + "}",
                        COZE_RESPONSE, ExpirySource.EPOCH_MILLIS, "expires_in", "$", EXPIRY,
                        MILLIS_IN_SECONDS_FIELD, NO_REFRESH_TOKEN),
                good("expires_at as ISO", "{\"access_token\":\"" + CZU + "\",\"expires_at\":\"2026-11-27T10:15:00Z\"}",
                        COZE_RESPONSE, ExpirySource.ISO_TIMESTAMP, "expires_at", "$", EXPIRY, NO_REFRESH_TOKEN),
                good("expiresAt in the 2080s, no issue time", "{\"accessToken\":\"" + CZU + "\",\"expiresAt\":" + FAR_MS + "}",
                        CAMEL_CASE, ExpirySource.EPOCH_MILLIS, "expiresAt", "$", Instant.ofEpochMilli(FAR_MS),
                        EXPIRY_FAR_FUTURE, NO_REFRESH_TOKEN),
                good("expiresAt in the 2080s, corrected by obtainedAt", "{\"accessToken\":\"" + CZU + "\",\"expiresAt\":"
                                + FAR_MS + ",\"obtainedAt\":" + NOW_MS + "}",
                        CAMEL_CASE, ExpirySource.EPOCH_MILLIS, "expiresAt", "$", EXPIRY, EXPIRY_FAR_FUTURE, NO_REFRESH_TOKEN),
                good("expires_at in the 2080s in s, corrected by obtained_at", "{\"access_token\":\"" + CZU + "\",\"expires_at\":"
                                + (NOW_S + EXP_S) + ",\"obtained_at\":" + NOW_S + "}",
                        COZE_RESPONSE, ExpirySource.EPOCH_SECONDS, "expires_at", "$", EXPIRY, EXPIRY_FAR_FUTURE, NO_REFRESH_TOKEN),
                good("expires_in and expires_at disagree", "{\"access_token\":\"" + CZU + "\",\"expires_in\":" + EXP_S
                                + ",\"expires_at\":" + (EXP_S + 3600) + "}",
                        COZE_RESPONSE, ExpirySource.EPOCH_SECONDS, "expires_in", "$", EXPIRY, AMBIGUOUS_FIELDS, NO_REFRESH_TOKEN),
                good("nested under tokens", "{\"tokens\":" + COZE + "}",
                        COZE_RESPONSE, ExpirySource.EPOCH_SECONDS, "expires_in", "$.tokens", EXPIRY, REFRESH_WITHOUT_ISSUE_TIME),
                good("nested under data (Coze business wrapper)", "{\"code\":0,\"msg\":\"\",\"data\":" + COZE + "}",
                        COZE_RESPONSE, ExpirySource.EPOCH_SECONDS, "expires_in", "$.data", EXPIRY, REFRESH_WITHOUT_ISSUE_TIME),
                good("nested two levels", "{\"data\":{\"tokens\":" + CAMEL_MS + "}}",
                        CAMEL_CASE, ExpirySource.EPOCH_MILLIS, "expiresAt", "$.data.tokens", EXPIRY),
                good("double-encoded localStorage value", encode(COZE),
                        COZE_RESPONSE, ExpirySource.EPOCH_SECONDS, "expires_in", "$", EXPIRY,
                        DOUBLE_ENCODED, REFRESH_WITHOUT_ISSUE_TIME),
                good("triple-encoded", encode(encode(COZE)),
                        COZE_RESPONSE, ExpirySource.EPOCH_SECONDS, "expires_in", "$", EXPIRY,
                        DOUBLE_ENCODED, REFRESH_WITHOUT_ISSUE_TIME),
                good("double-encoded nested camelCase", "{\"tokens\":" + encode(CAMEL_MS) + "}",
                        CAMEL_CASE, ExpirySource.EPOCH_MILLIS, "expiresAt", "$.tokens", EXPIRY, DOUBLE_ENCODED),
                good("bare czu_", CZU, BARE_TOKEN, ExpirySource.UNKNOWN, null, "$", null, Code.BARE_TOKEN),
                good("bare czs_", CZS, BARE_TOKEN, ExpirySource.UNKNOWN, null, "$", null, Code.BARE_TOKEN),
                good("bare pat_", PAT, BARE_TOKEN, ExpirySource.UNKNOWN, null, "$", null, Code.BARE_TOKEN),
                good("bare opaque", OPAQUE, BARE_TOKEN, ExpirySource.UNKNOWN, null, "$", null,
                        Code.BARE_TOKEN, UNKNOWN_TOKEN_PREFIX),
                good("Bearer czu_", "Bearer " + CZU, BARE_TOKEN, ExpirySource.UNKNOWN, null, "$", null, Code.BARE_TOKEN),
                good("quoted JSON string holding a bare token", encode(CZU),
                        BARE_TOKEN, ExpirySource.UNKNOWN, null, "$", null, Code.BARE_TOKEN),
                good("bare JWT with exp", JWT_EXP, BARE_TOKEN, ExpirySource.JWT_EXP, "exp", "$", EXPIRY,
                        JWT_SIGNATURE_UNVERIFIED),
                good("bare JWT with alg none", jwt("{\"alg\":\"none\"}", "{\"exp\":" + EXP_S + "}"),
                        BARE_TOKEN, ExpirySource.JWT_EXP, "exp", "$", EXPIRY, JWT_UNSIGNED, JWT_SIGNATURE_UNVERIFIED),
                good("bare JWT with nbf in the future", jwt("{\"nbf\":" + (NOW_S + 3600) + ",\"exp\":" + (EXP_S + 3600) + "}"),
                        BARE_TOKEN, ExpirySource.JWT_EXP, "exp", "$", EXPIRY.plusSeconds(3600), JWT_SIGNATURE_UNVERIFIED),
                good("bare JWT with iat in the future", jwt("{\"iat\":" + (NOW_S + 3600) + ",\"exp\":" + (EXP_S + 3600) + "}"),
                        BARE_TOKEN, ExpirySource.JWT_EXP, "exp", "$", EXPIRY.plusSeconds(3600),
                        ISSUED_IN_FUTURE, JWT_SIGNATURE_UNVERIFIED),
                good("JWT access token, expiry from its exp", "{\"access_token\":\"" + JWT_EXP + "\"}",
                        COZE_RESPONSE, ExpirySource.JWT_EXP, "exp", "$", EXPIRY, JWT_SIGNATURE_UNVERIFIED, NO_REFRESH_TOKEN),
                good("JWT exp disagreeing with expires_in", "{\"access_token\":\"" + JWT_EXP + "\",\"expires_in\":"
                                + (EXP_S + 3600) + "}",
                        COZE_RESPONSE, ExpirySource.EPOCH_SECONDS, "expires_in", "$", EXPIRY.plusSeconds(3600),
                        JWT_EXP_DISAGREES, JWT_SIGNATURE_UNVERIFIED, NO_REFRESH_TOKEN),
                good("czs_ from the JWT flow: no refresh token expected", "{\"access_token\":\"" + CZS + "\",\"expires_in\":"
                                + EXP_S + "}",
                        COZE_RESPONSE, ExpirySource.EPOCH_SECONDS, "expires_in", "$", EXPIRY),
                good("issue time in the future", "{\"access_token\":\"" + CZU + "\",\"refresh_token\":\"" + REFRESH
                                + "\",\"expires_in\":" + (EXP_S + 7200) + ",\"obtained_at\":" + (NOW_S + 7200) + "}",
                        COZE_RESPONSE, ExpirySource.EPOCH_SECONDS, "expires_in", "$", EXPIRY.plusSeconds(7200), ISSUED_IN_FUTURE),
                good("BOM-prefixed text", "\uFEFF" + COZE,
                        COZE_RESPONSE, ExpirySource.EPOCH_SECONDS, "expires_in", "$", EXPIRY, REFRESH_WITHOUT_ISSUE_TIME),
                good("pretty-printed with CRLF and tabs", COZE.replace(",", ",\r\n\t"),
                        COZE_RESPONSE, ExpirySource.EPOCH_SECONDS, "expires_in", "$", EXPIRY, REFRESH_WITHOUT_ISSUE_TIME));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodInputs")
    void readsEachShapeAndSaysHow(String name, String input, Reading expected) {
        ParseResult result = Fixtures.parser().parse(input);

        assertThat(result).as(name).isInstanceOf(Parsed.class);
        Parsed parsed = (Parsed) result;
        assertThat(new Reading(parsed.shape(), parsed.expiry().source(), parsed.expiry().field(), parsed.path(),
                parsed.record().expiresAt(), codes(parsed))).as(name).isEqualTo(expected);
        assertThat(parsed.reason()).isNotNull();
    }

    /** A refused input: the problem code and where it was found. */
    private static Arguments bad(String name, String input, ParseProblem.Code code, String where) {
        return Arguments.of(name, input, code, where);
    }

    static Stream<Arguments> badInputs() {
        String head = "{\"access_token\":\"" + CZU + "\",\"expires_in\":";
        String header = Fixtures.b64("{\"alg\":\"RS256\"}");
        return Stream.of(
                bad("empty", "", ParseProblem.Code.EMPTY, "input"),
                bad("whitespace", "  \n\t \r\n", ParseProblem.Code.EMPTY, "input"),
                bad("a byte-order mark alone", "\uFEFF ", ParseProblem.Code.EMPTY, "input"),
                bad("control character", "czu\u0007abc", ParseProblem.Code.BINARY, "char 3"),
                bad("invalid JSON", "{\"access_token\": \"" + CZU + "\",\n  \"expires_in\": }",
                        ParseProblem.Code.INVALID_JSON, "line 2, column 17"),
                bad("two JSON values pasted together", COZE + COZE, ParseProblem.Code.INVALID_JSON, "line 1, column " + (COZE.length() + 1)),
                bad("JSON array", "[" + COZE + "]", ParseProblem.Code.WRONG_TYPE, "$"),
                bad("access_token as number", "{\"access_token\":12345,\"expires_in\":" + EXP_S + "}",
                        ParseProblem.Code.WRONG_TYPE, "$.access_token"),
                bad("expires_in as boolean", head + "true}", ParseProblem.Code.WRONG_TYPE, "$.expires_in"),
                bad("expires_in as object", head + "{\"s\":900}}", ParseProblem.Code.WRONG_TYPE, "$.expires_in"),
                bad("expires_in negative", head + "-900}", ParseProblem.Code.BAD_TIME, "$.expires_in"),
                bad("expires_in NaN", head + "NaN}", ParseProblem.Code.BAD_TIME, "$.expires_in"),
                bad("expires_in 1e30", head + "1e30}", ParseProblem.Code.BAD_TIME, "$.expires_in"),
                bad("expires_in \"abc\"", head + "\"abc\"}", ParseProblem.Code.BAD_TIME, "$.expires_in"),
                bad("expires_in with an exponent beyond int", head + "\"1e9999999999\"}", ParseProblem.Code.BAD_TIME,
                        "$.expires_in"),
                bad("NaN inside a double-encoded value", "{\"data\":" + encode(head + "NaN}") + "}",
                        ParseProblem.Code.BAD_TIME, "$.data.expires_in"),
                bad("obtained_at too small to be a time", "{\"access_token\":\"" + CZU
                        + "\",\"expires_in\":900,\"obtained_at\":900}", ParseProblem.Code.BAD_TIME, "$.obtained_at"),
                bad("JWT with bad base64", header + ".@@not*base64@@.sig", ParseProblem.Code.BAD_JWT, "$ (JWT payload)"),
                bad("JWT with four segments", JWT_EXP + ".extra", ParseProblem.Code.BAD_JWT, "$"),
                bad("JWT with a payload that is not JSON", header + "." + Fixtures.b64("hello") + ".sig",
                        ParseProblem.Code.BAD_JWT, "$ (JWT payload)"),
                bad("JWT with an astronomic exp", jwt("{\"exp\":1000000000000000}"), ParseProblem.Code.BAD_TIME, "$ (JWT exp)"),
                bad("JWT with a negative exp", jwt("{\"exp\":-5}"), ParseProblem.Code.BAD_TIME, "$ (JWT exp)"),
                bad("JWT with exp 1e30", jwt("{\"exp\":1e30}"), ParseProblem.Code.BAD_JWT, "$"),
                bad("bad JWT inside a record", "{\"access_token\":\"" + header + ".x.y.z\"}", ParseProblem.Code.BAD_JWT,
                        "$.access_token"),
                bad("object without an access token", "{\"refresh_token\":\"" + REFRESH + "\",\"expires_in\":" + EXP_S + "}",
                        ParseProblem.Code.NO_ACCESS_TOKEN, "$"),
                bad("empty access_token", "{\"access_token\":\"  \"}", ParseProblem.Code.NO_ACCESS_TOKEN, "$.access_token"),
                bad("bare token with a space", "czu_abc def", ParseProblem.Code.NOT_A_TOKEN, "$"),
                bad("access_token with a space", "{\"access_token\":\"czu_abc def\"}", ParseProblem.Code.NOT_A_TOKEN,
                        "$.access_token"),
                bad("invalid JSON inside a double-encoded value", "{\"data\":\"{not json\"}", ParseProblem.Code.INVALID_JSON,
                        "$.data"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void refusesBadInputWithCodeAndPlace(String name, String input, ParseProblem.Code code, String where) {
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Fixtures.parser().parse(input));

        assertThat(result).as(name).isInstanceOf(Rejected.class);
        ParseProblem problem = ((Rejected) result).problem();
        assertThat(problem.code()).as(name).isEqualTo(code);
        assertThat(problem.where()).as(name).isEqualTo(where);
        assertThat(render(problem)).as(name).doesNotStartWith("!").doesNotContain("{0}");
    }

    @Test
    void missingAccessTokenMessageListsTheKeysFound() {
        Rejected rejected = (Rejected) Fixtures.parser().parse("{\"refresh_token\":\"" + REFRESH + "\",\"expires_in\":1}");

        assertThat(render(rejected.problem())).contains("refresh_token, expires_in");
    }

    @Test
    void invalidJsonMessageNamesLineAndColumn() {
        Rejected rejected = (Rejected) Fixtures.parser().parse("{\n\"access_token\": czu_abc}");

        assertThat(render(rejected.problem())).startsWith("Invalid JSON at line 2, column");
        assertThat(render(rejected.problem())).doesNotContain("czu_abc");
    }

    @Test
    void bytesWithAZeroByteAreBinary() {
        byte[] bytes = "{\"a\u0000\"}".getBytes(StandardCharsets.UTF_8);

        ParseProblem problem = ((Rejected) Fixtures.parser().parse(bytes)).problem();

        assertThat(problem.code()).isEqualTo(ParseProblem.Code.BINARY);
        assertThat(problem.where()).isEqualTo("byte 3");
    }

    @Test
    void invalidUtf8BytesAreRefusedWithTheirOffset() {
        byte[] bytes = {'c', 'z', 'u', '_', (byte) 0xC3, (byte) 0x28, 'x'};

        ParseProblem problem = ((Rejected) Fixtures.parser().parse(bytes)).problem();

        assertThat(problem.code()).isEqualTo(ParseProblem.Code.BINARY);
        assertThat(problem.where()).isEqualTo("byte 4");
    }

    @Test
    void bomPrefixedUtf8BytesAreAccepted() {
        byte[] body = COZE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        Parsed parsed = (Parsed) Fixtures.parser().parse(bytes);

        assertThat(parsed.record().accessToken()).isEqualTo(CZU);
        assertThat(parsed.record().expiresAt()).isEqualTo(EXPIRY);
    }

    @Test
    void utf8BytesWithChineseAreText() {
        String json = "{\"access_token\":\"" + CZU + "\",\"expires_in\":" + EXP_S + ",\"note\":\"扣子\"}";

        assertThat(Fixtures.parser().parse(json.getBytes(StandardCharsets.UTF_8))).isInstanceOf(Parsed.class);
    }

    @Test
    void tenMegabytesOfTextAreRefusedQuickly() {
        String big = "{\"access_token\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}";

        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> Fixtures.parser().parse(big));

        assertThat(((Rejected) result).problem().code()).isEqualTo(ParseProblem.Code.TOO_LARGE);
        assertThat(((Rejected) result).problem().where()).isEqualTo("input");
    }

    @Test
    void tenMegabytesOfBytesAreRefusedQuickly() {
        byte[] big = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');

        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> Fixtures.parser().parse(big));

        assertThat(((Rejected) result).problem().code()).isEqualTo(ParseProblem.Code.TOO_LARGE);
    }

    @Test
    void aHugeDigitStringIsRefusedWithoutFreezing() {
        String input = "{\"access_token\":\"" + CZU + "\",\"expires_in\":\"" + "9".repeat(900_000) + "\"}";

        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Fixtures.parser().parse(input));

        assertThat(((Rejected) result).problem().code()).isEqualTo(ParseProblem.Code.BAD_TIME);
    }

    @Test
    void deeplyNestedJsonIsRefusedWithoutStackOverflow() {
        String input = "[".repeat(100_000) + "]".repeat(100_000);

        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Fixtures.parser().parse(input));

        assertThat(result).isInstanceOf(Rejected.class);
    }

    @Test
    void mutatedInputsNeverThrowNorHang() {
        String[] seeds = {COZE, CAMEL_MS, encode(COZE), JWT_EXP, "{\"access_token\":\"" + JWT_EXP
                + "\",\"expires_in\":900,\"issued_at\":\"2026-11-27T10:00:00Z\"}"};
        String alphabet = "{}[]\":,.\\ 0123456789eE-+NaInfity\uFEFF\u00e9czu_\n\tTZ";
        java.util.Random random = new java.util.Random(20261127);
        HealthEvaluator evaluator = new HealthEvaluator(HealthPolicy.DEFAULT);
        TokenParser parser = Fixtures.parser();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 5_000; i++) {
                StringBuilder text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
                for (int m = random.nextInt(4); m >= 0 && text.length() > 0; m--) {
                    int at = random.nextInt(text.length());
                    char c = alphabet.charAt(random.nextInt(alphabet.length()));
                    switch (random.nextInt(3)) {
                        case 0 -> text.deleteCharAt(at);
                        case 1 -> text.insert(at, c);
                        default -> text.setCharAt(at, c);
                    }
                }
                ParseResult result = parser.parse(text.toString());
                assertThat(evaluator.evaluate(result, NOW).state()).isNotNull();
                assertThat(parser.parse(text.toString().getBytes(StandardCharsets.UTF_8))).isNotNull();
            }
        });
    }

    @Test
    void tokenKindsComeFromThePrefix() {
        assertThat(TokenKind.of(CZU)).isEqualTo(TokenKind.COZE_USER);
        assertThat(TokenKind.of(CZS)).isEqualTo(TokenKind.COZE_SERVICE);
        assertThat(TokenKind.of(PAT)).isEqualTo(TokenKind.PERSONAL);
        assertThat(TokenKind.of(JWT_EXP)).isEqualTo(TokenKind.JWT);
        assertThat(TokenKind.of(OPAQUE)).isEqualTo(TokenKind.OPAQUE);
        assertThat(TokenKind.of(null)).isEqualTo(TokenKind.OPAQUE);
    }

    @Test
    void jwtIsDecodedButNeverClaimedVerified() {
        String token = jwt("{\"alg\":\"none\",\"typ\":\"JWT\"}",
                "{\"sub\":\"u1\",\"iat\":" + NOW_S + ",\"nbf\":" + NOW_S + ",\"exp\":" + EXP_S + "}");

        JwtDetails jwt = ((Parsed) Fixtures.parser().parse(token)).record().jwt();

        assertThat(jwt.header()).containsEntry("alg", "none").containsEntry("typ", "JWT");
        assertThat(jwt.claims()).containsEntry("sub", "u1");
        assertThat(jwt.expiresAt()).isEqualTo(EXPIRY);
        assertThat(jwt.issuedAt()).isEqualTo(NOW);
        assertThat(jwt.notBefore()).isEqualTo(NOW);
        assertThat(jwt.unsigned()).isTrue();
        assertThat(jwt.signatureVerified()).isFalse();
    }

    @Test
    void correctedFarFutureExpirySaysWhatItUsed() {
        Parsed parsed = (Parsed) Fixtures.parser().parse("{\"accessToken\":\"" + CZU + "\",\"expiresAt\":"
                + FAR_MS + ",\"obtainedAt\":" + NOW_MS + "}");

        assertThat(parsed.reason().key()).isEqualTo("interp.correctedEpoch");
        assertThat(parsed.warnings()).extracting(w -> w.message().key()).contains("warn.farFutureCorrected");
    }

    @Test
    void redactsQuotedInputFromLibraryMessages() {
        assertThat(TokenParser.firstLine("'czu_secret' is not valid")).doesNotContain("czu_secret");
        assertThat(TokenParser.firstLine("Unrecognized token 'czu_secret': was expecting 'null'"))
                .isEqualTo("Unrecognized token …: was expecting …");
        assertThat(TokenParser.firstLine("half \"open czu_secret")).isEqualTo("half");
    }

    private static Set<Code> codes(Parsed parsed) {
        return parsed.warnings().stream().map(ParseWarning::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Code.class)));
    }

    private static String render(ParseProblem problem) {
        return new Messages(Messages.ENGLISH).format(problem.message());
    }
}
