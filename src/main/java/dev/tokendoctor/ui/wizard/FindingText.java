package dev.tokendoctor.ui.wizard;

import dev.tokendoctor.core.i18n.Messages;

/**
 * One diagnosed failure as the wizard's Diagnose step words it: title, why, the evidence, the logid.
 * Public so the support-bundle viewer shows a bundle's findings in the very same words.
 */
public final class FindingText {

    /** {@code logId} empty when Coze sent none. */
    public static String paragraph(String title, String explanation, String evidence, String logId, Messages m) {
        return title + " — " + explanation + "\n" + m.get("wizard.diagnose.evidence", evidence)
                + (logId.isEmpty() ? "" : "\n" + m.get("wizard.diagnose.logid", logId));
    }

    private FindingText() {
    }
}
