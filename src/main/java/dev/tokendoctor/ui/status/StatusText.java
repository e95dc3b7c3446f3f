package dev.tokendoctor.ui.status;

import java.util.List;

/**
 * Everything the status screen shows, as text in one language, except the countdown: that changes
 * every second and is published on its own, so this value changes only when its words do (for a
 * token a day from expiry, about once a minute). Secrets appear only as fingerprints.
 */
public record StatusText(
        String stateName,
        String countdownCaption,
        double lifetimeUsed,
        String lifetimeText,
        String source,
        String kind,
        String accessFingerprint,
        String refreshFingerprint,
        String refreshLeft,
        String expiresLocal,
        String expiresUtc,
        String interpretation,
        String clockSkew,
        String autoRefresh,
        List<String> reasons,
        List<String> warnings,
        String cardTitle,
        List<String> cardSteps) {

    public StatusText {
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
        cardSteps = List.copyOf(cardSteps);
    }

    /** The window title: the app's name, then the verdict and countdown when there is one. */
    public static String windowTitle(StatusText text, String countdown, String appName) {
        return text == null ? appName : appName + " — " + text.stateName() + " " + countdown;
    }
}
