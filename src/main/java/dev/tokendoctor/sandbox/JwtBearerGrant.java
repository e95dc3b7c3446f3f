package dev.tokendoctor.sandbox;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service-app grant: a JWT signed RS256 with the app's private key, sent as
 * {@code Authorization: Bearer}. Checked here in Coze's order: kid, signature, iss, aud, time,
 * jti; every failure is 401 {@code invalid_client} with an {@code invalid jwt: …} message.
 */
final class JwtBearerGrant {

    static final long DEFAULT_DURATION = 900;
    static final long MAX_DURATION = 86399;

    private final ClientRegistry registry;
    private final TokenLedger ledger;
    private final SandboxEvents events;
    private final SandboxConfig config;
    private final Clock clock;
    private final String audience;
    private final Map<String, Instant> usedJtis = new HashMap<>();

    JwtBearerGrant(ClientRegistry registry, TokenLedger ledger, SandboxEvents events, SandboxConfig config,
                   String audience) {
        this.registry = registry;
        this.ledger = ledger;
        this.events = events;
        this.config = config;
        this.clock = config.clock();
        this.audience = audience;
    }

    Answer exchange(Request request, Map<String, Object> body) {
        String token = request.bearer().orElse(null);
        if (token == null) {
            return invalid("missing, send it as Authorization: Bearer <jwt>");
        }
        DecodedJWT jwt;
        try {
            jwt = JWT.decode(token);
        } catch (JWTDecodeException e) {
            return invalid("malformed");
        }
        ClientApp app = registry.byKid(jwt.getKeyId()).orElse(null);
        if (app == null) {
            return Answer.oauthError(401, "invalid_client", TokenEndpoint.KID_NOT_REGISTERED);
        }
        if (!"RS256".equals(jwt.getAlgorithm())) {
            return invalid("alg must be RS256");
        }
        try {
            Algorithm.RSA256(app.publicKey(), null).verify(jwt);
        } catch (SignatureVerificationException e) {
            return invalid("signature");
        }
        Answer claimsProblem = checkClaims(jwt, app);
        if (claimsProblem != null) {
            return claimsProblem;
        }
        Long duration = duration(body);
        if (duration == null) {
            return Answer.oauthError(400, "invalid_request", "invalid request: duration_seconds must be 1.."
                    + MAX_DURATION);
        }
        if (!claimJti(jwt.getId(), jwt.getExpiresAtAsInstant())) {
            return invalid("jti has been used, every JWT needs a new jti");
        }
        TokenLedger.Issued issued = ledger.issueServiceToken(app.appId(), Duration.ofSeconds(duration));
        events.record(EventKind.JWT_TOKEN_ISSUED, app.appId(), "access " + Redact.of(issued.accessToken()));
        return TokenEndpoint.success(issued);
    }

    private Answer checkClaims(DecodedJWT jwt, ClientApp app) {
        if (!app.appId().equals(jwt.getIssuer())) {
            return invalid("iss must be the numeric app id");
        }
        List<String> audience = jwt.getAudience();
        if (audience == null || !audience.contains(this.audience)) {
            return invalid("aud must be " + this.audience);
        }
        Instant now = clock.instant();
        Instant exp = jwt.getExpiresAtAsInstant();
        if (exp == null || !now.isBefore(exp)) {
            return invalid("exp: the jwt has expired");
        }
        Instant iat = jwt.getIssuedAtAsInstant();
        if (iat == null || iat.isAfter(now.plus(config.jwtLeeway()))) {
            return invalid("iat: missing or in the future");
        }
        if (jwt.getId() == null || jwt.getId().isEmpty()) {
            return invalid("jti is required");
        }
        return null;
    }

    private static Long duration(Map<String, Object> body) {
        Object raw = body.get("duration_seconds");
        if (raw == null) {
            return DEFAULT_DURATION;
        }
        long value;
        if (raw instanceof Number && ((Number) raw).doubleValue() == ((Number) raw).longValue()) {
            value = ((Number) raw).longValue();
        } else {
            return null;
        }
        return value >= 1 && value <= MAX_DURATION ? value : null;
    }

    /** Records {@code jti} until its JWT expires; false when it was seen before. */
    private synchronized boolean claimJti(String jti, Instant expiresAt) {
        Instant now = clock.instant();
        usedJtis.values().removeIf(exp -> !now.isBefore(exp));
        return usedJtis.putIfAbsent(jti, expiresAt) == null;
    }

    private static Answer invalid(String why) {
        return Answer.oauthError(401, "invalid_client", "invalid jwt: " + why);
    }
}
