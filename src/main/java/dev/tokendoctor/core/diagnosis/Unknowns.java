package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer.Call;
import dev.tokendoctor.core.i18n.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer when nothing names a failure: what was recognised (a status, an SDK's error class, the
 * flow, the endpoint, a logid), what to check, and the support bundle. Never "sign in again": that
 * throws away a token that may be fine.
 */
final class Unknowns {

    private static final Pattern STATUS = Pattern.compile("(?i)(?:HTTP/?\\d?(?:\\.\\d)?\\s+|status(?:\\s*code)?\\s*[:=]\\s*)([1-5]\\d\\d)\\b");
    private static final Pattern ERROR_CLASS = Pattern.compile("\\b([A-Z][A-Za-z]{2,40}(?:Error|Exception))\\b");

    private Unknowns() {
    }

    static Finding finding(String text, FlowContext context, String logId) {
        List<String> seen = new ArrayList<>();
        Matcher status = STATUS.matcher(text);
        if (status.find()) {
            seen.add("HTTP " + status.group(1));
        }
        Matcher errorClass = ERROR_CLASS.matcher(text);
        if (errorClass.find()) {
            seen.add(errorClass.group(1));
        }
        if (context.flow() != Flow.UNKNOWN) {
            seen.add("flow " + context.flow());
        }
        if (context.call() != Call.UNKNOWN) {
            seen.add("request " + context.call());
        }
        if (logId != null) {
            seen.add("logid " + logId);
        }
        List<Msg> words = new ArrayList<>();
        words.add(seen.isEmpty() ? Msg.of("diag.unknown.nothing") : Msg.of("diag.unknown.recognised", String.join(", ", seen)));
        words.add(Msg.of(context.tokenEndpoint() ? "diag.unknown.checkToken" : "diag.unknown.check"));
        return new Finding(FailureKind.UNKNOWN, Fragments.firstLine(text), logId,
                RemedyCatalog.forKind(FailureKind.UNKNOWN, logId), words);
    }
}
