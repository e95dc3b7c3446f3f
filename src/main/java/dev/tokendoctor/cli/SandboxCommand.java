package dev.tokendoctor.cli;

import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.Fault;
import dev.tokendoctor.sandbox.FaultKind;
import dev.tokendoctor.sandbox.SandboxConfig;
import dev.tokendoctor.sandbox.SandboxMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sandbox}: the built-in Coze-compatible server in the foreground until Ctrl+C, with the
 * fault switches as options ({@code --fault http_503}, {@code --fault delay:2000}, …).
 */
@Command(name = "sandbox", description = "${bundle:cli.cmd.sandbox}", mixinStandardHelpOptions = true)
final class SandboxCommand implements Callable<Integer> {

    @Mixin
    Shared common;

    @Option(names = "--port", paramLabel = "N", descriptionKey = "cli.opt.port")
    int port;

    @Option(names = "--access-lifetime", paramLabel = "SECONDS", descriptionKey = "cli.opt.accessLifetime")
    Integer accessLifetime;

    @Option(names = "--api-host", paramLabel = "HOST", descriptionKey = "cli.opt.apiHost")
    String apiHost;

    @Option(names = "--fault", paramLabel = "KIND[:AMOUNT]", descriptionKey = "cli.opt.fault", converter = FaultConverter.class)
    List<Fault> faults = new ArrayList<>();

    @Option(names = "--once", descriptionKey = "cli.opt.once")
    boolean once;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw CliFailure.usage("cli.err.badValue", String.valueOf(port), "--port");
        }
        if (accessLifetime != null && (accessLifetime < 1 || accessLifetime > 86_400)) {
            throw CliFailure.usage("cli.err.badValue", String.valueOf(accessLifetime), "--access-lifetime");
        }
        SandboxConfig config = SandboxConfig.defaults().withPort(port);
        if (accessLifetime != null) {
            config = config.withAccessTokenLifetime(Duration.ofSeconds(accessLifetime));
        }
        if (apiHost != null) {
            config = config.withApiHost(apiHost);
        }
        Terminal t = common.terminal();
        ByteArrayOutputStream description = new ByteArrayOutputStream();
        CozeSandbox sandbox = SandboxMain.start(config, new PrintStream(description, true, StandardCharsets.UTF_8));
        for (Fault fault : faults) {
            sandbox.faults().arm(new Fault(fault.kind(), once, fault.amount()));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.stop();
            stopped.countDown();
        }, "coze-sandbox-shutdown"));
        t.out().print(description.toString(StandardCharsets.UTF_8));
        if (!faults.isEmpty()) {
            t.out().println(common.messages().get("cli.sandbox.faults", String.join(", ",
                    faults.stream().map(f -> f.kind().name().toLowerCase(Locale.ROOT) + (f.amount() != 0 ? ":" + f.amount() : "")).toList())));
        }
        t.out().flush();
        stopped.await();
        return ExitCode.VALID;
    }

    /** {@code http_503}, {@code delay:2000} (ms), {@code http_429:30} (s), {@code skewed_date:-600} (s). */
    static final class FaultConverter implements CommandLine.ITypeConverter<Fault> {
        @Override
        public Fault convert(String value) {
            String[] parts = value.split(":", 2);
            try {
                FaultKind kind = FaultKind.valueOf(parts[0].trim().toUpperCase(Locale.ROOT).replace('-', '_'));
                long amount = parts.length > 1 ? Long.parseLong(parts[1].trim()) : defaultAmount(kind);
                return new Fault(kind, false, amount);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(value);
            }
        }

        private static long defaultAmount(FaultKind kind) {
            return switch (kind) {
                case DELAY -> 2000;
                case HTTP_429 -> 5;
                case SKEWED_DATE -> 600;
                default -> 0;
            };
        }
    }
}
