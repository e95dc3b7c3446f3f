package dev.tokendoctor.core.token;

import dev.tokendoctor.core.i18n.Msg;
import java.util.Objects;

/**
 * What Coze said when a refresh was tried: the refresh token is dead, and why. It names the
 * refresh token by its {@link Fingerprint} (never the secret), so it only ever applies to the
 * record that still holds that token: after a new sign-in the verdict no longer matters.
 *
 * @param refreshToken the fingerprint of the refresh token Coze refused
 * @param reason       why, as the client classified the answer
 */
public record RefreshVerdict(Fingerprint refreshToken, Reason reason) {

    /** Why a refresh token was refused. */
    public enum Reason {
        /** Past its 30 days. */
        EXPIRED,
        /** Already spent: refresh tokens are single-use, someone refreshed first. */
        REUSED,
        /** The authorization was revoked or the app disabled in the console. */
        REVOKED,
        /** Refused without a recognisable reason. */
        UNKNOWN
    }

    public RefreshVerdict {
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(reason, "reason");
    }

    /** The verdict that {@code refreshToken} was refused for {@code reason}. */
    public static RefreshVerdict rejected(String refreshToken, Reason reason) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("a refused refresh token cannot be empty");
        }
        return new RefreshVerdict(Fingerprint.of(refreshToken), reason);
    }

    /** Whether this verdict is about the refresh token {@code record} holds now. */
    public boolean appliesTo(TokenRecord record) {
        return record.hasRefreshToken() && record.refreshFingerprint().equals(refreshToken);
    }

    /** The reason in words, for the verdict's sentences. */
    public Msg reasonText() {
        return switch (reason) {
            case EXPIRED -> Msg.of("health.refreshRejected.expired");
            case REUSED -> Msg.of("health.refreshRejected.reused");
            case REVOKED -> Msg.of("health.refreshRejected.revoked");
            case UNKNOWN -> Msg.of("health.refreshRejected.unknown");
        };
    }
}
