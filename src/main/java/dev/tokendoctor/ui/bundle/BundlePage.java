package dev.tokendoctor.ui.bundle;

import java.util.List;

/**
 * A support bundle's words for the viewer's pages, in the reader's language where the app has the
 * words (the user's own texts as they wrote them, already redacted). The status card and the
 * network log are not here: they are the app's own views, fed by {@link BundleStatus} and a
 * read-only network-log view model.
 *
 * @param banner  the "someone else's machine" line with the bundle's time
 * @param note    a warning when a newer version wrote the bundle, else empty
 * @param notes   what the diagnosis could not read, as the bundle says it
 * @param config  the .env findings, then the settings the check read
 */
public record BundlePage(String windowTitle, String banner, String note, List<FindingText> findings, List<String> notes,
                         List<String> config, List<String> network, String pastedErrors, String steps,
                         List<Detail> system) {

    public BundlePage {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
        config = List.copyOf(config);
        network = List.copyOf(network);
        system = List.copyOf(system);
    }

    /** A name and its value. */
    public record Detail(String name, String value) {
    }

    /**
     * One diagnosed failure: its title, the wizard's paragraph for it (title, why, evidence, logid)
     * and its remedies in order.
     */
    public record FindingText(String title, String paragraph, List<String> remedies) {
        public FindingText {
            remedies = List.copyOf(remedies);
        }
    }
}
