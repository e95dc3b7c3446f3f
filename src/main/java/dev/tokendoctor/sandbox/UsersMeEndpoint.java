package dev.tokendoctor.sandbox;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /v1/users/me}: the cheapest probe of whether an access token works. */
final class UsersMeEndpoint implements Route {

    static final String USER_ID = "7428193650012837465";

    private final TokenLedger ledger;
    private final Faults faults;
    private final SandboxEvents events;
    private final Clock clock;

    UsersMeEndpoint(TokenLedger ledger, Faults faults, SandboxEvents events, Clock clock) {
        this.ledger = ledger;
        this.faults = faults;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Answer handle(Request request) {
        String token = request.bearer().orElse(null);
        var access = ledger.validAccess(token).orElse(null);
        if (access == null) {
            InvalidTokenAnswer how = faults.invalidTokenAnswer();
            events.record(EventKind.USERS_ME_REJECTED, null, how.code() + " for " + Redact.of(token));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", how.code());
            body.put("msg", how.message());
            String logId = Randoms.logId(clock.millis());
            body.put("detail", Map.of("logid", logId));
            return Answer.json(how.httpStatus(), body).withHeader("X-Tt-Logid", logId);
        }
        events.record(EventKind.USERS_ME_OK, access.clientId(), "");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user_id", USER_ID);
        data.put("user_name", "sandbox_user");
        data.put("nick_name", "沙箱用户 Sandbox User");
        data.put("avatar_url", "");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", 0);
        body.put("msg", "");
        body.put("data", data);
        return Answer.json(200, body);
    }
}
