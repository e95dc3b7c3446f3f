package dev.tokendoctor.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The device-code flow: {@code POST …/device/code}, the user's decision on the verification
 * page, and the token polling with {@code authorization_pending} and {@code slow_down}.
 */
final class DeviceFlow {

    static final String VERIFICATION_PATH = "/device";
    private static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);
    private static final Duration MAX_INTERVAL = Duration.ofSeconds(30);

    private enum Status { PENDING, APPROVED, DENIED }

    private static final class Pending {
        final String clientId;
        final String userCode;
        final Instant expiresAt;
        Status status = Status.PENDING;
        Instant lastPoll;
        Duration interval;

        Pending(String clientId, String userCode, Instant expiresAt, Duration interval) {
            this.clientId = clientId;
            this.userCode = userCode;
            this.expiresAt = expiresAt;
            this.interval = interval;
        }
    }

    /** What the verification page shows about a user code. */
    enum Decision { DONE, UNKNOWN, EXPIRED }

    private final ClientRegistry registry;
    private final TokenLedger ledger;
    private final SandboxEvents events;
    private final SandboxConfig config;
    private final Clock clock;
    private final String verificationUri;
    private final Map<String, Pending> byDeviceCode = new HashMap<>();

    DeviceFlow(ClientRegistry registry, TokenLedger ledger, SandboxEvents events, SandboxConfig config,
               String baseUrl) {
        this.registry = registry;
        this.ledger = ledger;
        this.events = events;
        this.config = config;
        this.clock = config.clock();
        this.verificationUri = baseUrl + VERIFICATION_PATH;
    }

    /** {@code POST /api/permission/oauth2/device/code}. */
    Answer deviceCode(Request request) {
        Map<String, Object> body = request.jsonBody().orElse(null);
        if (body == null) {
            return Answer.oauthError(400, "invalid_request", "invalid request: body must be a JSON object");
        }
        TokenEndpoint.ClientCheck check = TokenEndpoint.checkClient(registry, request, body,
                EnumSet.of(ClientType.DEVICE));
        if (check.error() != null) {
            return check.error();
        }
        String deviceCode = Randoms.token(32);
        String userCode = Randoms.userCode();
        synchronized (this) {
            byDeviceCode.put(deviceCode, new Pending(check.app().clientId(), userCode,
                    clock.instant().plus(config.deviceCodeLifetime()), config.deviceInterval()));
        }
        events.record(EventKind.DEVICE_CODE_ISSUED, check.app().clientId(), "user code " + Redact.of(userCode));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("device_code", deviceCode);
        answer.put("user_code", userCode);
        answer.put("verification_uri", verificationUri);
        answer.put("expires_in", config.deviceCodeLifetime().toSeconds()); // a duration, here only
        answer.put("interval", config.deviceInterval().toSeconds());
        return Answer.json(200, answer);
    }

    /** The token grant {@code urn:ietf:params:oauth:grant-type:device_code}. */
    Answer poll(Map<String, Object> body) {
        ClientApp app = registry.byClientId(TokenEndpoint.str(body, "client_id")).orElse(null);
        if (app == null) {
            return Answer.oauthError(401, "invalid_client", "invalid client: client_id");
        }
        if (app.type() != ClientType.DEVICE) {
            return Answer.oauthError(400, "access_deny", "access deny: app type " + app.type()
                    + " cannot use the device code grant");
        }
        String deviceCode = TokenEndpoint.str(body, "device_code");
        Status status;
        synchronized (this) {
            Pending pending = deviceCode == null ? null : byDeviceCode.get(deviceCode);
            if (pending == null || !pending.clientId.equals(app.clientId())) {
                return Answer.oauthError(400, "invalid_request", "invalid request: device_code");
            }
            Instant now = clock.instant();
            if (!now.isBefore(pending.expiresAt)) {
                return Answer.oauthError(400, "expired_token", "the device code has expired");
            }
            if (pending.lastPoll != null && now.isBefore(pending.lastPoll.plus(pending.interval))) {
                pending.lastPoll = now;
                Duration slower = pending.interval.plus(SLOW_DOWN_STEP);
                pending.interval = slower.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : slower;
                return Answer.oauthError(400, "slow_down", "polling too fast, poll every "
                        + pending.interval.toSeconds() + " s");
            }
            pending.lastPoll = now;
            status = pending.status;
            if (status != Status.PENDING) {
                byDeviceCode.remove(deviceCode);
            }
        }
        if (status == Status.PENDING) {
            return Answer.oauthError(400, "authorization_pending", "the user has not decided yet");
        }
        if (status == Status.DENIED) {
            return Answer.oauthError(400, "access_denied", "the user denied the authorization");
        }
        TokenLedger.Issued issued = ledger.issueUserTokens(app.clientId());
        events.record(EventKind.DEVICE_TOKEN_ISSUED, app.clientId(), "access " + Redact.of(issued.accessToken()));
        return TokenEndpoint.success(issued);
    }

    /** The user's decision on the verification page. */
    Decision decide(String userCode, boolean approve) {
        String normalized = userCode == null ? "" : userCode.trim().toUpperCase(Locale.ROOT);
        Pending pending;
        synchronized (this) {
            Optional<Pending> found = byDeviceCode.values().stream()
                    .filter(p -> p.userCode.equals(normalized) && p.status == Status.PENDING).findFirst();
            if (found.isEmpty()) {
                return Decision.UNKNOWN;
            }
            pending = found.get();
            if (!clock.instant().isBefore(pending.expiresAt)) {
                return Decision.EXPIRED;
            }
            pending.status = approve ? Status.APPROVED : Status.DENIED;
        }
        events.record(approve ? EventKind.DEVICE_APPROVED : EventKind.DEVICE_DENIED, pending.clientId,
                "user code " + Redact.of(normalized));
        return Decision.DONE;
    }

    Optional<String> clientNameOf(String userCode) {
        String normalized = userCode == null ? "" : userCode.trim().toUpperCase(Locale.ROOT);
        synchronized (this) {
            return byDeviceCode.values().stream().filter(p -> p.userCode.equals(normalized)).findFirst()
                    .flatMap(p -> registry.byClientId(p.clientId)).map(ClientApp::name);
        }
    }
}
