package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.token.HealthState;
import javafx.scene.Node;

/** How a verdict looks: the badge's glyph and the one {@code state-…} style class its colour comes from. */
final class BadgeView {

    /** Gives {@code badge} the one {@code state-…} class of {@code state} (none for null); called when the state changes. */
    static void style(Node badge, HealthState state) {
        badge.getStyleClass().removeIf(c -> c.startsWith("state-"));
        if (state != null) {
            badge.getStyleClass().add("state-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    static String glyph(HealthState state) {
        return switch (state == null ? HealthState.MISSING : state) {
            case VALID -> "✔";
            case EXPIRING_SOON -> "⚠";
            case EXPIRED_REFRESHABLE, EXPIRED_REAUTH_NEEDED, MALFORMED -> "✖";
            case NOT_YET_VALID -> "⏱";
            case MISSING, EXPIRY_UNKNOWN -> "?";
        };
    }

    private BadgeView() {
    }
}
