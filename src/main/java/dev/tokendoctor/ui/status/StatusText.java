package dev.tokendoctor.ui.status;

import java.util.List;

/** Everything the status screen shows, as text in one language. Secrets appear only as fingerprints. */
public record StatusText(
        String stateName,
        String countdown,
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
    public static String windowTitle(StatusText text, String appName) {
        return text == null ? appName : appName + " — " + text.stateName() + " " + text.countdown();
    }
}
