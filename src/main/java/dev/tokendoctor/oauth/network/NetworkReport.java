package dev.tokendoctor.oauth.network;

import dev.tokendoctor.core.diagnosis.Evidence;
import dev.tokendoctor.core.diagnosis.Evidence.NetworkProblem;
import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the {@link NetworkCheck} found: each step with its result and time, the proxy settings in
 * effect (credentials fingerprinted) and the clock offset against the server's {@code Date}.
 *
 * @param steps       in the order they ran
 * @param proxies     every proxy variable or property that is set
 * @param clockOffset local clock minus the server's {@code Date}, when a server sent one
 * @param cancelled   whether the user stopped the check before the end
 */
public record NetworkReport(List<Step> steps, List<ProxySetting> proxies, Duration clockOffset, boolean cancelled) {

    public NetworkReport {
        steps = List.copyOf(steps);
        proxies = List.copyOf(proxies);
    }

    /** What a step checks. */
    public enum Kind { PROXY, DNS, TCP, TLS, HTTP, CLOCK }

    /** How a step ended. */
    public enum Result { OK, FAILED, SKIPPED }

    /**
     * One step.
     *
     * @param host    the host it was about (empty for the proxy and clock steps)
     * @param kind    what it checks
     * @param result  how it ended
     * @param detail  a sentence without secrets (addresses, protocol, status, cause), in no language yet
     * @param took    how long it took
     * @param problem where the connection broke, for a failed network step; else null
     */
    public record Step(String host, Kind kind, Result result, Msg detail, Duration took, NetworkProblem.Kind problem) {
    }

    /**
     * A proxy setting in effect.
     *
     * @param name  the variable ({@code HTTPS_PROXY}) or property ({@code https.proxyHost})
     * @param value the value, any password in it replaced by a fingerprint
     */
    public record ProxySetting(String name, String value) {
    }

    public Optional<Duration> clockOffsetIfKnown() {
        return Optional.ofNullable(clockOffset);
    }

    /** Whether every step that ran succeeded (skipped steps do not count against it). */
    public boolean allPassed() {
        return !cancelled && steps.stream().noneMatch(s -> s.result() == Result.FAILED);
    }

    /** The failed steps and the clock offset, as evidence for the diagnosis. */
    public List<Evidence> asEvidence() {
        List<Evidence> evidence = new ArrayList<>();
        // evidence is the classifier's input and the bundle's record: one language, whoever reads it
        Messages english = new Messages(Messages.ENGLISH);
        for (Step s : steps) {
            if (s.result() == Result.FAILED && s.problem() != null) {
                evidence.add(new NetworkProblem(s.problem(), s.kind() + " " + s.host() + ": " + english.format(s.detail())));
            }
        }
        if (clockOffset != null) {
            evidence.add(new Evidence.ClockOffset(clockOffset));
        }
        return evidence;
    }
}
