package dev.tokendoctor.oauth.network;

import dev.tokendoctor.oauth.client.CozeEndpoints;
import dev.tokendoctor.oauth.client.CozeRegion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.diagnosis.Diagnoser;
import dev.tokendoctor.core.diagnosis.Evidence;
import dev.tokendoctor.core.diagnosis.FailureKind;
import dev.tokendoctor.oauth.network.NetworkReport.Kind;
import dev.tokendoctor.oauth.network.NetworkReport.Result;
import dev.tokendoctor.oauth.network.NetworkReport.Step;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.testing.MutableClock;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The network check over real sockets: the sandbox on 127.0.0.1, a port nobody listens on, a host that cannot resolve. */
class NetworkCheckTest {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private static NetworkCheck check(MutableClock clock, Map<String, String> env, Properties props) {
        return new NetworkCheck(clock, Duration.ofSeconds(3), env, props);
    }

    @Test
    void theSandboxPassesEveryStepAndTheClockOffsetComesFromItsDateHeader() throws Exception {
        MutableClock sandboxClock = new MutableClock(NOW);
        try (CozeSandbox sandbox = CozeSandbox.start(SandboxConfig.defaults().withClock(sandboxClock))) {
            MutableClock local = new MutableClock(NOW.plusSeconds(300));
            List<Integer> progress = new ArrayList<>();
            NetworkReport report = check(local, Map.of(), new Properties())
                    .run(List.of(URI.create(sandbox.baseUrl())), (step, done) -> progress.add(done));

            assertThat(report.steps()).extracting(Step::kind)
                    .containsExactly(Kind.PROXY, Kind.DNS, Kind.TCP, Kind.TLS, Kind.HTTP, Kind.CLOCK);
            assertThat(report.steps()).extracting(Step::result)
                    .containsExactly(Result.OK, Result.OK, Result.OK, Result.SKIPPED, Result.OK, Result.OK);
            assertThat(english(step(report, Kind.TLS))).contains("plain http");
            assertThat(english(step(report, Kind.HTTP))).contains("HTTP 401").contains("code 4100");
            assertThat(report.clockOffset()).isEqualTo(Duration.ofMinutes(5));
            assertThat(report.allPassed()).isTrue();
            assertThat(progress).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(NetworkCheck.stepCount(List.of(URI.create(sandbox.baseUrl())))).isEqualTo(6);
            assertThat(new Diagnoser().diagnose(report.asEvidence()).kinds()).containsExactly(FailureKind.CLOCK_SKEW);
        }
    }

    @Test
    void anUnusedPortIsRefusedAndTheRestIsSkippedWithAReason() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        NetworkReport report = check(new MutableClock(NOW), Map.of(), new Properties())
                .run(List.of(URI.create("http://127.0.0.1:" + port)), null);

        Step tcp = step(report, Kind.TCP);
        assertThat(tcp.result()).isEqualTo(Result.FAILED);
        assertThat(tcp.problem()).isEqualTo(Evidence.NetworkProblem.Kind.REFUSED);
        assertThat(english(tcp)).contains("refused").contains("127.0.0.1:" + port);
        assertThat(step(report, Kind.HTTP).result()).isEqualTo(Result.SKIPPED);
        assertThat(step(report, Kind.CLOCK).result()).isEqualTo(Result.SKIPPED);
        assertThat(report.allPassed()).isFalse();
        assertThat(new Diagnoser().diagnose(report.asEvidence()).kinds()).containsExactly(FailureKind.CONNECTION_FAILURE);
    }

    @Test
    void anUnresolvableHostFailsAtDns() {
        NetworkReport report = check(new MutableClock(NOW), Map.of(), new Properties())
                .run(List.of(URI.create("https://nonexistent.invalid")), null);

        Step dns = step(report, Kind.DNS);
        assertThat(dns.result()).isEqualTo(Result.FAILED);
        assertThat(dns.problem()).isEqualTo(Evidence.NetworkProblem.Kind.DNS);
        assertThat(dns.host()).isEqualTo("nonexistent.invalid:443");
        assertThat(report.steps()).filteredOn(s -> s.kind() == Kind.TCP || s.kind() == Kind.TLS || s.kind() == Kind.HTTP)
                .extracting(Step::result).containsOnly(Result.SKIPPED);
        assertThat(new Diagnoser().diagnose(report.asEvidence()).kinds()).containsExactly(FailureKind.DNS_FAILURE);
    }

    @Test
    void proxySettingsAreListedWithTheirPasswordsFingerprinted() {
        Properties props = new Properties();
        props.setProperty("https.proxyHost", "proxy.corp");
        props.setProperty("https.proxyPort", "3128");
        NetworkCheck check = check(new MutableClock(NOW), Map.of(
                "HTTPS_PROXY", "http://alice:CANARYproxyPass99@proxy.corp:3128",
                "no_proxy", "localhost,.internal"), props);

        List<NetworkReport.ProxySetting> settings = check.proxySettings();
        assertThat(settings).extracting(NetworkReport.ProxySetting::name)
                .containsExactly("HTTPS_PROXY", "no_proxy", "https.proxyHost", "https.proxyPort");
        assertThat(settings.get(0).value()).startsWith("http://").endsWith("@proxy.corp:3128")
                .doesNotContain("CANARYproxyPass99").doesNotContain("alice").contains("…(23)#");
        assertThat(settings.toString()).doesNotContain("CANARY");
    }

    @Test
    void aCancelledCheckRunsNoFurtherStep() throws Exception {
        try (CozeSandbox sandbox = CozeSandbox.start(SandboxConfig.defaults())) {
            NetworkCheck check = check(new MutableClock(NOW), Map.of(), new Properties());
            NetworkReport report = check.run(List.of(URI.create(sandbox.baseUrl())), (step, done) -> {
                if (step.kind() == Kind.DNS) {
                    check.cancel();
                }
            });
            assertThat(report.cancelled()).isTrue();
            assertThat(step(report, Kind.TCP).result()).isEqualTo(Result.SKIPPED);
            assertThat(step(report, Kind.HTTP).result()).isEqualTo(Result.SKIPPED);
            assertThat(report.allPassed()).isFalse();
            assertThat(report.asEvidence()).isEmpty();
        }
    }

    @Test
    void bothRegionHostsAreTargetsAndASandboxIsOne() {
        assertThat(NetworkCheck.targets(CozeEndpoints.of(CozeRegion.CN)))
                .containsExactly(URI.create("https://api.coze.cn"), URI.create("https://www.coze.cn"));
        assertThat(NetworkCheck.targets(CozeEndpoints.custom("http://127.0.0.1:8123"))).hasSize(1);
    }

    private static Step step(NetworkReport report, Kind kind) {
        return report.steps().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    /** A step's detail as the English bundle words it (the check itself speaks in keys). */
    private static String english(Step step) {
        return new dev.tokendoctor.core.i18n.Messages(dev.tokendoctor.core.i18n.Messages.ENGLISH).format(step.detail());
    }
}
