package dev.tokendoctor.sandbox;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The authorization-code (web and PKCE) and refresh-token grants. */
final class UserGrants {

    private static final Set<ClientType> CODE_CLIENTS = EnumSet.of(ClientType.WEB, ClientType.PKCE);
    private static final Set<ClientType> REFRESH_CLIENTS =
            EnumSet.of(ClientType.WEB, ClientType.PKCE, ClientType.DEVICE);

    private final ClientRegistry registry;
    private final TokenLedger ledger;
    private final SandboxEvents events;

    UserGrants(ClientRegistry registry, TokenLedger ledger, SandboxEvents events) {
        this.registry = registry;
        this.ledger = ledger;
        this.events = events;
    }

    Answer exchangeCode(Request request, Map<String, Object> body) {
        TokenEndpoint.ClientCheck check = TokenEndpoint.checkClient(registry, request, body, CODE_CLIENTS);
        if (check.error() != null) {
            return check.error();
        }
        ClientApp app = check.app();
        TokenLedger.AuthCode code = ledger.consumeCode(TokenEndpoint.str(body, "code")).orElse(null);
        if (code == null || !code.clientId().equals(app.clientId())) {
            return Answer.oauthError(400, "invalid_request",
                    "invalid request: code is invalid, expired or already used");
        }
        if (!code.redirectUri().equals(TokenEndpoint.str(body, "redirect_uri"))) {
            return Answer.oauthError(400, "invalid_request", "invalid request: redirect_uri");
        }
        if (code.challenge() != null && !verifierMatches(code, TokenEndpoint.str(body, "code_verifier"))) {
            return Answer.oauthError(400, "invalid_request", "invalid request: code_verifier");
        }
        TokenLedger.Issued issued = ledger.issueUserTokens(app.clientId());
        events.record(EventKind.CODE_EXCHANGED, app.clientId(), "access " + Redact.of(issued.accessToken()));
        return TokenEndpoint.success(issued);
    }

    Answer refresh(Request request, Map<String, Object> body) {
        TokenEndpoint.ClientCheck check = TokenEndpoint.checkClient(registry, request, body, REFRESH_CLIENTS);
        if (check.error() != null) {
            return check.error();
        }
        String clientId = check.app().clientId();
        String presented = TokenEndpoint.str(body, "refresh_token");
        TokenLedger.Refresh result = ledger.rotate(presented, clientId);
        switch (result.outcome()) {
            case ROTATED:
                events.record(EventKind.REFRESH_SERVED, clientId,
                        Redact.of(presented) + " -> " + Redact.of(result.issued().refreshToken()));
                return TokenEndpoint.success(result.issued());
            case REUSED:
                events.record(EventKind.REFRESH_REUSED, clientId, Redact.of(presented));
                return reusedRefreshToken();
            case EXPIRED:
                return Answer.oauthError(400, "invalid_request", "invalid request: refresh_token expired");
            case WRONG_CLIENT:
                return Answer.oauthError(400, "invalid_request",
                        "invalid request: refresh_token was not issued to this client_id");
            default:
                return Answer.oauthError(400, "invalid_request", "invalid request: refresh_token");
        }
    }

    /** The answer to a spent refresh token (UNVERIFIED wording: Coze's is undocumented). */
    static Answer reusedRefreshToken() {
        return Answer.oauthError(400, "invalid_request", "invalid request: refresh_token has already been "
                + "used; refresh tokens are single-use, use the one returned by the last refresh");
    }

    private static boolean verifierMatches(TokenLedger.AuthCode code, String verifier) {
        if (verifier == null || verifier.isEmpty()) {
            return false;
        }
        String derived = "S256".equals(code.challengeMethod()) ? Randoms.s256(verifier) : verifier;
        return Randoms.same(derived, code.challenge());
    }
}
