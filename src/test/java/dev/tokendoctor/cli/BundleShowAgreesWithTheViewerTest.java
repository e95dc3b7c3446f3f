package dev.tokendoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.report.BundleReader;
import dev.tokendoctor.report.BundleReport;
import dev.tokendoctor.testing.MemoryClipboard;
import dev.tokendoctor.testing.RecordingDialogs;
import dev.tokendoctor.ui.bundle.BundlePage;
import dev.tokendoctor.ui.bundle.BundleViewModel;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.netlog.ExchangeRow;
import dev.tokendoctor.ui.status.StatusText;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bundle show FILE} (the report's Markdown, in the reader's language) and the window's
 * viewer (the app's own screens fed from report.json) read the same bundle: every fact the report
 * holds — verdict, fingerprints, reasons, findings with evidence, logid and remedies, .env findings
 * and settings, network steps, each exchange, the pasted errors, the steps, the system — is in both.
 */
class BundleShowAgreesWithTheViewerTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixtures/bundles/main-2026-12-01.zip");

    @TempDir
    Path data;

    @Test
    void theOlderBundleFixtureShowsTheSameFactsInTheTerminalAndInTheViewer() throws Exception {
        BundleReport report = new BundleReader().read(FIXTURE);
        assertThat(report.version()).isEqualTo(1);
        String shown = bundleShow();
        String viewer = viewer();
        List<String> facts = facts(report);
        assertThat(facts).hasSizeGreaterThan(30);
        for (String fact : facts) {
            assertThat(shown).as("bundle show: " + fact).contains(fact);
            assertThat(viewer).as("viewer: " + fact).contains(fact);
        }
    }

    private String bundleShow() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new String[] {"bundle", "show", FIXTURE.toString(), "--lang", "en", "--data-dir", data.toString()},
                new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), InputStream.nullInputStream(), Map.of(), false, false));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    /** Every text the viewer's pages show: the status card, the diagnosis page, the network log, the inputs, the system. */
    private String viewer() {
        BundleViewModel vm = new BundleViewModel(BackgroundExecutor.sameThread(), new RecordingDialogs(), new MemoryClipboard(),
                new Messages(Messages.ENGLISH), ZoneId.of("Asia/Shanghai"));
        vm.open(FIXTURE);
        StatusText card = vm.status().textProperty().get();
        BundlePage page = vm.page();
        List<String> texts = new ArrayList<>(List.of(card.stateName(), card.source(), card.kind(), card.accessFingerprint(),
                card.refreshFingerprint(), card.expiresLocal(), card.expiresUtc(), card.cardTitle()));
        texts.addAll(card.reasons());
        page.findings().forEach(f -> {
            texts.add(f.paragraph());
            texts.addAll(f.remedies());
        });
        texts.addAll(page.notes());
        texts.addAll(page.config());
        texts.addAll(page.network());
        vm.netLogProperty().get().exchanges().stream().map(ExchangeRow::text).forEach(texts::add);
        texts.add(page.pastedErrors());
        texts.add(page.steps());
        page.system().forEach(d -> texts.add(d.name() + ": " + d.value()));
        return String.join("\n", texts);
    }

    private static List<String> facts(BundleReport r) {
        List<String> facts = new ArrayList<>();
        BundleReport.Token t = r.token();
        facts.addAll(List.of(new Messages(Messages.ENGLISH).get("state." + t.state()), t.source(), t.accessFingerprint(),
                t.refreshFingerprint(), t.expiresAt().substring(11, 19)));
        facts.addAll(t.reasons());
        for (BundleReport.Finding f : r.findings()) {
            facts.addAll(List.of(f.kind(), f.title(), f.evidence(), f.logId()));
            facts.addAll(f.remedies());
        }
        facts.addAll(r.unreadable());
        r.config().forEach(c -> facts.addAll(List.of(c.location(), c.message(), c.line())));
        r.settings().forEach(s -> facts.add(s.substring(0, s.lastIndexOf(" (")))); // report.md quotes the setting, then says where
        r.network().steps().forEach(s -> facts.addAll(List.of(s.step(), s.host(), s.detail())));
        for (BundleReport.ExchangeLine e : r.exchanges()) {
            facts.add(e.url());
            facts.add(String.valueOf(e.status()));
            e.responseHeaders().stream().filter(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("x-tt-logid:"))
                    .map(h -> h.substring(h.indexOf(':') + 1).strip()).forEach(facts::add);
        }
        Stream.concat(r.pastedErrors().lines(), r.reproduction().lines()).filter(l -> !l.isBlank()).forEach(facts::add);
        facts.addAll(r.system().values());
        facts.removeIf(String::isBlank);
        return facts;
    }
}
