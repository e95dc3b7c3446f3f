package dev.tokendoctor.ui.bundle;

import java.util.List;

/**
 * A support bundle laid out for the viewer, every text ready to show (in the reader's language
 * where the app has the words; the user's own texts as they wrote them, already redacted).
 *
 * @param state     the verdict's {@code HealthState} name on the user's machine, or empty
 * @param banner    the "someone else's machine" line with the bundle's time
 */
public record BundlePage(String windowTitle, String banner, String note, String state, String stateName,
                         List<Detail> status, List<String> reasons, List<FindingText> findings, List<String> config,
                         List<String> network, List<ExchangeText> exchanges, String pastedErrors, String steps,
                         List<Detail> system) {

    public BundlePage {
        status = List.copyOf(status);
        reasons = List.copyOf(reasons);
        findings = List.copyOf(findings);
        config = List.copyOf(config);
        network = List.copyOf(network);
        exchanges = List.copyOf(exchanges);
        system = List.copyOf(system);
    }

    /** A name and its value, as the status card's details show them. */
    public record Detail(String name, String value) {
    }

    /** One diagnosed failure with its evidence. */
    public record FindingText(String title, String explanation, String evidence, String logId, List<String> remedies) {
        public FindingText {
            remedies = List.copyOf(remedies);
        }
    }

    /** One exchange of the network log: a line, and the request and answer behind it. */
    public record ExchangeText(String summary, String detail) {
    }
}
