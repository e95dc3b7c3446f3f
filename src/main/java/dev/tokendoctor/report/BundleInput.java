package dev.tokendoctor.report;

import dev.tokendoctor.core.diagnosis.ConfigReport;
import dev.tokendoctor.core.diagnosis.Diagnosis;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.oauth.client.Exchange;
import dev.tokendoctor.oauth.network.NetworkReport;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a support bundle may say. Secrets may be inside (the token record, pasted text):
 * {@link SupportBundle} shows them only as fingerprints. Every part but the time is optional.
 *
 * @param createdAt    when the bundle was made
 * @param zone         the zone local times are shown in
 * @param token        the followed token, or null
 * @param health       its verdict, or null
 * @param tokenSource  where it came from (rendered in each section's language)
 * @param diagnosis    what the wizard found, or null
 * @param config       the .env check, or null
 * @param network      the network check, or null
 * @param exchanges    the exchange log (already redacted by the log)
 * @param reproduction the user's reproduction steps
 * @param pastedErrors the console errors the user pasted
 * @param secrets      literal secrets the app knows (client secret, private key): caught anywhere
 * @param summary      what the fix wizard did (before → done → verified), or null
 */
public record BundleInput(Instant createdAt, ZoneId zone, TokenRecord token, TokenHealth health, Msg tokenSource,
                          Diagnosis diagnosis, ConfigReport config, NetworkReport network, List<Exchange> exchanges,
                          String reproduction, String pastedErrors, List<String> secrets, FixSummary summary) {

    public BundleInput {
        Objects.requireNonNull(createdAt, "createdAt");
        zone = zone == null ? ZoneId.of("UTC") : zone;
        exchanges = exchanges == null ? List.of() : List.copyOf(exchanges);
        reproduction = reproduction == null ? "" : reproduction;
        pastedErrors = pastedErrors == null ? "" : pastedErrors;
        tokenSource = tokenSource == null ? Msg.of("report.source.text", "") : tokenSource;
        secrets = secrets == null ? List.of() : secrets.stream().filter(Objects::nonNull).toList();
    }

    /** An empty bundle made at {@code createdAt}. */
    public static BundleInput at(Instant createdAt, ZoneId zone) {
        return new BundleInput(createdAt, zone, null, null, null, null, null, null, List.of(), "", "", List.of(), null);
    }

    /** With the token and its source as plain text (as a file name or an address: the same in every language). */
    public BundleInput withToken(TokenRecord record, TokenHealth verdict, String source) {
        return withToken(record, verdict, Msg.of("report.source.text", source == null ? "" : source));
    }

    public BundleInput withToken(TokenRecord record, TokenHealth verdict, Msg source) {
        return new BundleInput(createdAt, zone, record, verdict, source, diagnosis, config, network, exchanges,
                reproduction, pastedErrors, secrets, summary);
    }

    public BundleInput withDiagnosis(Diagnosis found) {
        return new BundleInput(createdAt, zone, token, health, tokenSource, found, config, network, exchanges,
                reproduction, pastedErrors, secrets, summary);
    }

    public BundleInput withConfig(ConfigReport report) {
        return new BundleInput(createdAt, zone, token, health, tokenSource, diagnosis, report, network, exchanges,
                reproduction, pastedErrors, secrets, summary);
    }

    public BundleInput withNetwork(NetworkReport report) {
        return new BundleInput(createdAt, zone, token, health, tokenSource, diagnosis, config, report, exchanges,
                reproduction, pastedErrors, secrets, summary);
    }

    public BundleInput withExchanges(List<Exchange> log) {
        return new BundleInput(createdAt, zone, token, health, tokenSource, diagnosis, config, network, log,
                reproduction, pastedErrors, secrets, summary);
    }

    public BundleInput withUserText(String steps, String errors) {
        return new BundleInput(createdAt, zone, token, health, tokenSource, diagnosis, config, network, exchanges,
                steps, errors, secrets, summary);
    }

    public BundleInput withSummary(FixSummary done) {
        return new BundleInput(createdAt, zone, token, health, tokenSource, diagnosis, config, network, exchanges,
                reproduction, pastedErrors, secrets, done);
    }

    /** Adds literal secrets to catch (the token's own are always caught). */
    public BundleInput withSecrets(List<String> more) {
        List<String> all = new ArrayList<>(secrets);
        all.addAll(more.stream().filter(Objects::nonNull).toList());
        return new BundleInput(createdAt, zone, token, health, tokenSource, diagnosis, config, network, exchanges,
                reproduction, pastedErrors, all, summary);
    }

    /** Every literal secret: the given ones and the token's. */
    List<String> allSecrets() {
        List<String> all = new ArrayList<>(secrets);
        if (token != null) {
            all.add(token.accessToken());
            all.add(token.refreshToken());
        }
        return all.stream().filter(Objects::nonNull).toList();
    }
}
