package dev.tokendoctor.ui.wizard;

import dev.tokendoctor.core.diagnosis.ConfigReport;
import dev.tokendoctor.core.diagnosis.Diagnoser;
import dev.tokendoctor.core.diagnosis.Diagnosis;
import dev.tokendoctor.core.diagnosis.Evidence;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.oauth.client.DiagnosisEvidence;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.oauth.network.NetworkReport;
import dev.tokendoctor.report.BundleInput;
import dev.tokendoctor.report.FixSummary;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What one pass through the wizard learned and did: the evidence it gathered beyond the token's
 * own, the steps taken, the state it started from and what it first found. Kept apart from the
 * steps so the diagnosis, the Done summary and the support bundle read the same record.
 */
final class WizardHistory {

    private final WizardToken token;
    private final WizardGateway gateway;
    private final Clock clock;
    /** Newest answer first (a refused refresh, a failed probe), ahead of the token's own evidence. */
    private final List<Evidence> learned = new ArrayList<>();
    /** Message keys, not sentences, so the summary renders in whatever language is current. */
    private final List<Msg> actions = new ArrayList<>();
    private Msg foundFirst;
    private TokenHealth before;

    WizardHistory(WizardToken token, WizardGateway gateway, Clock clock) {
        this.token = token;
        this.gateway = gateway;
        this.clock = clock;
    }

    void reset() {
        learned.clear();
        actions.clear();
        before = null;
        foundFirst = null;
    }

    /** The first diagnosis fixes "before": later ones already see the wizard's own changes. */
    void diagnosing() {
        if (before == null) {
            before = token.health().getValue();
        }
    }

    /** The first finding is what the bundle's summary calls the problem, whatever later diagnoses say. */
    void diagnosed(Diagnosis found) {
        if (foundFirst == null) {
            foundFirst = found.primary().map(f -> f.kind().title()).orElse(null);
        }
    }

    void learned(List<Evidence> evidence) {
        learned.addAll(0, evidence);
    }

    /** Coze refused the stored token: its answer first, the clock offset it implies (if any) last. */
    void probeFailed(OAuthOutcome outcome) {
        learned.addAll(0, DiagnosisEvidence.ofProbe(outcome));
        DiagnosisEvidence.clockOffset(gateway.lastClockSkew()).ifPresent(learned::add);
    }

    /** By message key, rendered later in any language. */
    void took(String key) {
        actions.add(Msg.of(key));
    }

    TokenHealth before() { return before; }
    List<Msg> actions() { return actions; }

    /** Everything known now: what the wizard learned, the last refresh, the verdict, the pasted error, the config. */
    List<Evidence> evidenceNow(String pastedError, ConfigReport config) {
        List<Evidence> evidence = new ArrayList<>(learned);
        if (token.lastRefresh().getValue() != null) {
            evidence.addAll(DiagnosisEvidence.ofRefresh(token.lastRefresh().getValue()));
        }
        if (token.health().getValue() != null) {
            evidence.add(new Evidence.HealthEvidence(token.health().getValue(), token.warnings()));
        }
        if (!pastedError.isBlank()) {
            evidence.add(new Evidence.PastedText(pastedError));
        }
        if (config != null) {
            evidence.add(new Evidence.ConfigFindings(config));
        }
        return evidence;
    }

    /** The inputs of the support bundle (blocking: call in the background). */
    BundleInput bundleInput(boolean verified, String pastedError, String reproduction, ConfigReport config,
                            NetworkReport network) throws IOException {
        TokenHealth now = token.health().getValue();
        // The bundle describes the state at export time: after a verified fix what was wrong before
        // is history (in the summary), not a diagnosis with remedies to apply again.
        List<Evidence> evidence = verified && now != null
                ? List.of(new Evidence.HealthEvidence(now, token.warnings())) : evidenceNow(pastedError, config);
        return BundleInput.at(clock.instant(), clock.getZone())
                .withToken(gateway.storedToken().orElse(null), now, token.sourceMsg())
                .withDiagnosis(new Diagnoser().diagnose(evidence)).withSummary(summary(verified, now))
                .withConfig(config).withNetwork(network)
                .withExchanges(gateway.exchanges()).withUserText(reproduction, pastedError)
                .withSecrets(gateway.secrets());
    }

    /** The bundle's story of the fix; null when the wizard neither looked nor did anything. */
    private FixSummary summary(boolean verified, TokenHealth now) {
        return before == null && actions.isEmpty() ? null
                : new FixSummary(before == null ? null : before.state(), foundFirst, actions, verified,
                        now == null ? null : now.state());
    }
}
