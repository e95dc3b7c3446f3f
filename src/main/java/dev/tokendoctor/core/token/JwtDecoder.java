package dev.tokendoctor.core.token;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.tokendoctor.core.i18n.Msg;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Decodes (never verifies) a JWT with java-jwt, and says precisely what is wrong with a bad one. */
public final class JwtDecoder {

    private static final String[] PART_NAMES = {"header", "payload", "signature"};
    private static final String[] TIME_CLAIMS = {"exp", "iat", "nbf"};
    private static final long MAX_EPOCH_SECONDS = TimeValue.EPOCH_MILLIS_MIN.longValue();

    /** Whether a string claims to be a JWT: two dots, or the {@code eyJ} start of a JSON header. */
    public static boolean looksLikeJwt(String token) {
        return token.startsWith("eyJ") || TokenKind.of(token) == TokenKind.JWT;
    }

    /** Either the decoded details or the problem (its {@code where} names the bad part). */
    public record Result(JwtDetails details, ParseProblem problem) {
        public boolean ok() {
            return details != null;
        }
    }

    public static Result decode(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return failed(new ParseProblem(ParseProblem.Code.BAD_JWT, "token",
                    Msg.of("parse.jwt.parts", parts.length)));
        }
        for (int i = 0; i < 2; i++) {
            ParseProblem problem = checkPart(parts[i], i);
            if (problem != null) {
                return failed(problem);
            }
        }
        try {
            DecodedJWT jwt = JWT.decode(token);
            ParseProblem badTime = checkTimes(jwt);
            if (badTime != null) {
                return failed(badTime);
            }
            return new Result(new JwtDetails(claims(headerClaims(jwt)), claims(jwt.getClaims()), jwt.getAlgorithm(),
                    instant(jwt.getClaim("exp")), instant(jwt.getClaim("iat")), instant(jwt.getClaim("nbf"))), null);
        } catch (JWTDecodeException e) {
            return failed(new ParseProblem(ParseProblem.Code.BAD_JWT, "token",
                    Msg.of("parse.jwt.claims", safeDetail(e.getMessage()))));
        }
    }

    private static Result failed(ParseProblem problem) {
        return new Result(null, problem);
    }

    private static ParseProblem checkPart(String part, int index) {
        String name = PART_NAMES[index];
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            return new ParseProblem(ParseProblem.Code.BAD_JWT, name, Msg.of("parse.jwt.base64", index + 1, name));
        }
        String json = new String(bytes, StandardCharsets.UTF_8).trim();
        if (!json.startsWith("{")) {
            return new ParseProblem(ParseProblem.Code.BAD_JWT, name, Msg.of("parse.jwt.notJson", index + 1, name));
        }
        return null;
    }

    /** exp, iat and nbf must be Unix seconds a clock can show: not negative, before the year 5138. */
    private static ParseProblem checkTimes(DecodedJWT jwt) {
        for (String name : TIME_CLAIMS) {
            Claim claim = jwt.getClaim(name);
            if (claim.isMissing() || claim.isNull()) {
                continue;
            }
            Long seconds = claim.asLong();
            if (seconds == null || seconds < 0 || seconds >= MAX_EPOCH_SECONDS) {
                return new ParseProblem(ParseProblem.Code.BAD_TIME, name,
                        Msg.of("parse.time.range", name, String.valueOf(seconds)));
            }
        }
        return null;
    }

    private static Map<String, Claim> headerClaims(DecodedJWT jwt) {
        Map<String, Claim> header = new LinkedHashMap<>();
        for (String name : new String[] {"alg", "typ", "kid", "cty"}) {
            Claim claim = jwt.getHeaderClaim(name);
            if (!claim.isMissing() && !claim.isNull()) {
                header.put(name, claim);
            }
        }
        return header;
    }

    private static Map<String, Object> claims(Map<String, Claim> claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        claims.forEach((name, claim) -> {
            Object value = claim.as(Object.class);
            if (value != null) {
                out.put(name, value);
            }
        });
        return out;
    }

    private static Instant instant(Claim claim) {
        if (claim.isMissing() || claim.isNull()) {
            return null;
        }
        Long seconds = claim.asLong();
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }

    /** java-jwt messages quote the token's parts; those parts are redacted. */
    private static String safeDetail(String message) {
        return TokenParser.firstLine(message);
    }

    private JwtDecoder() {
    }
}
