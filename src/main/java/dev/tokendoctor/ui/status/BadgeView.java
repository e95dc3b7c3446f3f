package dev.tokendoctor.ui.status;

import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.TokenHealth;
import javafx.scene.Node;

/** How a verdict looks: the badge's glyph and the one {@code state-…} style class its colour comes from. */
final class BadgeView {

    static void style(Node badge, TokenHealth health) {
        String wanted = health == null ? null : "state-" + health.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        // health is re-evaluated every second; touching the style classes would restyle the node every second
        if (wanted != null && badge.getStyleClass().contains(wanted) && stateClasses(badge) == 1) {
            return;
        }
        badge.getStyleClass().removeIf(c -> c.startsWith("state-"));
        if (wanted != null) {
            badge.getStyleClass().add(wanted);
        }
    }

    private static int stateClasses(Node badge) {
        int n = 0;
        for (String c : badge.getStyleClass()) { // a loop, not a stream: this runs every second
            if (c.startsWith("state-")) {
                n++;
            }
        }
        return n;
    }

    static String glyph(TokenHealth health) {
        HealthState state = health == null ? HealthState.MISSING : health.state();
        return switch (state) {
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
