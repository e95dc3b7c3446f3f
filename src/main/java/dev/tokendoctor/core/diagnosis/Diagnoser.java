package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.diagnosis.Evidence.ClockOffset;
import dev.tokendoctor.core.diagnosis.Evidence.ConfigFindings;
import dev.tokendoctor.core.diagnosis.Evidence.HealthEvidence;
import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer;
import dev.tokendoctor.core.diagnosis.Evidence.NetworkProblem;
import dev.tokendoctor.core.diagnosis.Evidence.PastedText;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.redact.Redactor;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns evidence (pasted text, Coze answers, network problems, the token's health, the clock
 * offset, a configuration check) into a {@link Diagnosis}. Never throws: input it cannot read
 * becomes a sentence in {@link Diagnosis#unreadable()}.
 */
public final class Diagnoser {

    /** Pastes beyond a megabyte are not error messages. */
    public static final int MAX_CHARS = 1 << 20;
    /** A clock further off than this breaks JWT {@code iat}/{@code exp} checks and TLS. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);

    /** Diagnoses all the evidence together; findings are ordered by evidence, one per kind. */
    public Diagnosis diagnose(List<? extends Evidence> evidence) {
        Map<FailureKind, Finding> findings = new LinkedHashMap<>();
        List<Msg> unreadable = new ArrayList<>();
        List<TextDiagnoser.Verdict> verdicts = new ArrayList<>();
        boolean anyText = false;
        for (Evidence e : evidence == null ? List.<Evidence>of() : evidence) {
            try {
                List<Finding> found = findingsOf(e, unreadable, verdicts);
                anyText |= e instanceof PastedText || e instanceof HttpAnswer answer && !succeeded(answer);
                found.forEach(f -> findings.merge(f.kind(), f, Diagnoser::keepWithLogId));
            } catch (RuntimeException bug) {
                unreadable.add(Msg.of("diag.internal", bug.getClass().getSimpleName()));
            }
        }
        HealthRules.crossCheck(evidence == null ? List.of() : evidence, findings);
        if (findings.size() > 1) {
            findings.remove(FailureKind.UNKNOWN); // another piece of evidence named the failure
        }
        if (findings.isEmpty() && anyText && unreadable.isEmpty()) {
            findings.put(FailureKind.UNKNOWN, unknown(evidence));
        }
        List<Finding> ordered = List.copyOf(findings.values());
        TextDiagnoser.Verdict text = verdicts.stream().filter(v -> !ordered.isEmpty()
                && v.findings().get(0).kind() == ordered.get(0).kind()).findFirst().orElse(null);
        List<Msg> notes = verdicts.stream().flatMap(v -> v.notes().stream()).toList();
        return text == null ? new Diagnosis(ordered, unreadable, Certainty.HIGH, null, notes)
                : new Diagnosis(ordered, unreadable, text.certainty(), text.runnerUp(), notes);
    }

    /** Diagnoses the pieces of evidence given. */
    public Diagnosis diagnose(Evidence... evidence) {
        return diagnose(Arrays.asList(evidence));
    }

    /** Diagnoses pasted text. */
    public Diagnosis diagnoseText(String text) {
        return diagnose(List.of(new PastedText(text)));
    }

    /** Diagnoses bytes (a dropped file, the clipboard): binary and invalid UTF-8 are refused with a reason. */
    public Diagnosis diagnoseBytes(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return refused(Msg.of("diag.empty"));
        }
        if (bytes.length > MAX_CHARS * 4L) {
            return refused(Msg.of("diag.tooLarge", bytes.length / (1024 * 1024)));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return refused(Msg.of("diag.binary", i));
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return diagnoseText(text);
        } catch (CharacterCodingException e) {
            return refused(Msg.of("diag.notUtf8"));
        }
    }

    private static Diagnosis refused(Msg why) {
        return new Diagnosis(List.of(), List.of(why));
    }

    private List<Finding> findingsOf(Evidence e, List<Msg> unreadable, List<TextDiagnoser.Verdict> verdicts) {
        if (e instanceof PastedText pasted) {
            Msg problem = problemWith(pasted.text());
            if (problem != null) {
                unreadable.add(problem);
                return List.of();
            }
            TextDiagnoser.Verdict verdict = TextDiagnoser.diagnose(pasted.text());
            verdicts.add(verdict);
            return verdict.findings();
        }
        if (e instanceof HttpAnswer answer) {
            FailureKind kind = AnswerClassifier.classify(answer);
            return kind == null ? List.of() : List.of(Finding.of(kind, Fragments.describe(answer), answer.logId()));
        }
        if (e instanceof NetworkProblem problem) {
            return List.of(Finding.of(kindOf(problem.kind()),
                    problem.kind() + ": " + Redactor.scrub(problem.detail()), null));
        }
        if (e instanceof HealthEvidence health) {
            return HealthRules.findings(health);
        }
        if (e instanceof ClockOffset clock) {
            Duration off = clock.offset();
            return off.abs().compareTo(CLOCK_TOLERANCE) > 0
                    ? List.of(Finding.of(FailureKind.CLOCK_SKEW, "clock offset " + (off.isNegative() ? "" : "+") + off, null))
                    : List.of();
        }
        if (e instanceof ConfigFindings config) {
            return config.report().asFindings();
        }
        return List.of();
    }

    /** Why a paste cannot be an error message, or null if it can. */
    static Msg problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Msg.of("diag.empty");
        }
        if (text.length() > MAX_CHARS) {
            return Msg.of("diag.tooLarge", text.length() / (1024 * 1024));
        }
        int nul = text.indexOf('\0');
        return nul >= 0 ? Msg.of("diag.binary", nul) : null;
    }

    /** A 2xx answer with no error and no non-zero business code. */
    private static boolean succeeded(HttpAnswer a) {
        return a.status() >= 200 && a.status() < 300 && a.error() == null
                && (a.businessCode() == null || a.businessCode() == 0);
    }

    private static FailureKind kindOf(NetworkProblem.Kind kind) {
        return switch (kind) {
            case DNS -> FailureKind.DNS_FAILURE;
            case TLS -> FailureKind.TLS_FAILURE;
            case TIMEOUT -> FailureKind.TIMEOUT;
            case PROXY -> FailureKind.PROXY_FAILURE;
            case REFUSED, DROPPED, OTHER -> FailureKind.CONNECTION_FAILURE;
        };
    }

    private static Finding keepWithLogId(Finding first, Finding later) {
        if (first.logId() == null && later.logId() != null) {
            return Finding.of(first.kind(), first.evidence(), later.logId());
        }
        return first;
    }

    private static Finding unknown(List<? extends Evidence> evidence) {
        for (Evidence e : evidence) {
            if (e instanceof PastedText pasted) {
                return Finding.of(FailureKind.UNKNOWN, Fragments.firstLine(pasted.text()), LogIds.find(pasted.text()));
            }
            if (e instanceof HttpAnswer answer) {
                return Finding.of(FailureKind.UNKNOWN, Fragments.describe(answer), answer.logId());
            }
        }
        return Finding.of(FailureKind.UNKNOWN, "", null);
    }
}
