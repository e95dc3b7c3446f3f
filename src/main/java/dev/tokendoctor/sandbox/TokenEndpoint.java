package dev.tokendoctor.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code POST /api/permission/oauth2/token}: picks the grant and answers in Coze's shape. */
final class TokenEndpoint implements Route {

    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final String KID_NOT_REGISTERED = "invalid jwt: kid not been registred";

    private final UserGrants userGrants;
    private final DeviceFlow deviceFlow;
    private final JwtBearerGrant jwtGrant;
    private final FaultInjector injector;
    private final SandboxEvents events;

    TokenEndpoint(UserGrants userGrants, DeviceFlow deviceFlow, JwtBearerGrant jwtGrant,
                  FaultInjector injector, SandboxEvents events) {
        this.userGrants = userGrants;
        this.deviceFlow = deviceFlow;
        this.jwtGrant = jwtGrant;
        this.injector = injector;
        this.events = events;
    }

    @Override
    public Answer handle(Request request) {
        Answer answer = dispatch(request);
        if (answer.status() >= 400) {
            events.record(EventKind.TOKEN_ERROR, null, answer.status() + " " + errorOf(answer));
        }
        return answer;
    }

    private Answer dispatch(Request request) {
        if (injector.takeForToken(FaultKind.REGION_MISMATCH, request).isPresent()) {
            return Answer.oauthError(401, "invalid_client", KID_NOT_REGISTERED);
        }
        Map<String, Object> body = request.jsonBody().orElse(null);
        if (body == null) {
            return Answer.oauthError(400, "invalid_request", "invalid request: body must be a JSON object");
        }
        String grant = str(body, "grant_type");
        if (grant == null || grant.isEmpty()) {
            return Answer.oauthError(400, "invalid_request", "invalid request: grant_type");
        }
        switch (grant) {
            case "authorization_code":
                return userGrants.exchangeCode(request, body);
            case "refresh_token":
                if (injector.takeForToken(FaultKind.REUSED_REFRESH_TOKEN, request).isPresent()) {
                    return UserGrants.reusedRefreshToken();
                }
                return userGrants.refresh(request, body);
            case DEVICE_GRANT:
                return deviceFlow.poll(body);
            case JWT_GRANT:
                return jwtGrant.exchange(request, body);
            default:
                return Answer.oauthError(400, "unsupported_grant_type",
                        "unsupported grant type: " + grant.replaceAll("[^\\w:.-]", "?"));
        }
    }

    /** Coze's success body: {@code expires_in} is an absolute Unix time in seconds. */
    static Answer success(TokenLedger.Issued issued) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.accessToken());
        body.put("expires_in", issued.expiresAt().getEpochSecond());
        if (issued.refreshToken() != null) {
            body.put("refresh_token", issued.refreshToken());
        }
        body.put("token_type", "Bearer");
        return Answer.json(200, body);
    }

    /** A body field as text, or {@code null}; numbers and booleans are read as their text. */
    static String str(Map<String, Object> body, String key) {
        Object value = body.get(key);
        return value == null || value instanceof Map || value instanceof Iterable ? null : value.toString();
    }

    /** The client named by {@code client_id}, checked for the flow and its credential. */
    record ClientCheck(ClientApp app, Answer error) {
        static ClientCheck failed(Answer error) {
            return new ClientCheck(null, error);
        }
    }

    static ClientCheck checkClient(ClientRegistry registry, Request request, Map<String, Object> body,
                                   Set<ClientType> allowed) {
        ClientApp app = registry.byClientId(str(body, "client_id")).orElse(null);
        if (app == null) {
            return ClientCheck.failed(Answer.oauthError(401, "invalid_client", "invalid client: client_id"));
        }
        if (!allowed.contains(app.type())) {
            return ClientCheck.failed(Answer.oauthError(400, "access_deny",
                    "access deny: app type " + app.type() + " cannot use this grant"));
        }
        if (body.containsKey("client_secret")) {
            // Coze takes the secret from the Authorization header only.
            return ClientCheck.failed(Answer.oauthError(400, "invalid_request", "invalid request: client_secret"));
        }
        String presented = request.bearer().orElse(null);
        if (app.type() == ClientType.WEB) {
            if (presented == null) {
                return ClientCheck.failed(Answer.oauthError(400, "invalid_request", "invalid request: client_secret"));
            }
            if (!Randoms.same(presented, app.secret())) {
                return ClientCheck.failed(Answer.oauthError(401, "invalid_client", "invalid client: client_secret"));
            }
        } else if (presented != null) {
            return ClientCheck.failed(Answer.oauthError(400, "invalid_request", "invalid request: client_secret"));
        }
        return new ClientCheck(app, null);
    }

    private static String errorOf(Answer answer) {
        return Json.readObject(answer.body()).map(m -> String.valueOf(m.get("error"))).orElse("");
    }
}
