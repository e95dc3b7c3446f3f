package dev.tokendoctor.bench;

import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.storage.chromium.ChromiumStorageSource;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.source.StorageEntry;
import dev.tokendoctor.storage.tokens.FoundToken;
import dev.tokendoctor.storage.tokens.TokenFinder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a Chrome-format LevelDB folder (see scripts/bench-chrome-reader.sh) the way the Inspector
 * does ({@link TokenFinder#scanKeepingTokens}: keys, sizes and verdicts kept, token values only;
 * then the verdicts), and prints per round the time, entries/s, MB/s and the heap's peak, then
 * the median and one value read again as when a row is shown. Run it under a small -Xmx.
 */
public final class ChromeReaderBenchmark {

    static final int WARM_UP = 2;

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long storeBytes;
        try (Stream<Path> files = Files.list(folder)) {
            storeBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        Clock clock = Clock.systemUTC();
        TokenFinder finder = new TokenFinder(new TokenParser(clock), new HealthEvaluator(HealthPolicy.DEFAULT), clock);
        ChromiumStorageSource source = new ChromiumStorageSource("bench", folder);
        List<String> floor = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        double[] times = new double[rounds];
        double[] floorTimes = new double[rounds];
        double[] cpus = new double[rounds];
        double[] floorCpus = new double[rounds];
        ScanResult last = null;
        for (int round = 1; round <= rounds; round++) {
            last = null;
            resetPeaks();
            AfterGcSampler sampler = new AfterGcSampler();
            sampler.start();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            ScanResult result = TokenFinder.scanKeepingTokens(source, () -> false);
            List<FoundToken> tokens = finder.find(result);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            sampler.interrupt();
            times[round - 1] = seconds;
            cpus[round - 1] = cpu;
            long entries = result.entries().count();
            long valueBytes = result.entries().mapToLong(StorageEntry::sizeBytes).sum();
            System.out.printf(Locale.ROOT,
                    "round %d: %,d entries (%,d errors, %,d tokens), %.1f MB of values from %.1f MB on disk in %.3f s (%.3f s CPU): "
                            + "%,.0f entries/s, %.1f MB/s on disk; heap peak %.1f MB (%.1f MB live after GC) of max %.1f MB%n",
                    round, entries, result.errors().size(), tokens.size(), valueBytes / 1e6, storeBytes / 1e6, seconds, cpu,
                    entries / seconds, storeBytes / 1e6 / seconds, heapPeak() / 1048576.0, sampler.max / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0);
            result.errors().forEach(e -> System.out.println("error: " + e.problem() + " " + e.file() + " " + e.message().args()));
            last = result;
            if (!floor.isEmpty()) {
                double[] f = floor(floor);
                floorTimes[round - 1] = f[0];
                floorCpus[round - 1] = f[1];
            }
        }
        StorageEntry shown = last.entries().filter(e -> e.value() == null).reduce((a, b) -> b).orElseThrow();
        long start = System.nanoTime();
        int length = source.value(shown.origin(), shown.key(), () -> false).orElseThrow().length();
        System.out.printf(Locale.ROOT, "one value read again when shown (%s, %,d chars): %.3f s%n", shown.key(), length,
                (System.nanoTime() - start) / 1e9);
        summary("java", times, cpus);
        if (!floor.isEmpty()) {
            summary("floor", floorTimes, floorCpus);
        }
    }

    /** Medians over the warm rounds: the first {@link #WARM_UP} of each side load classes and compile. */
    private static void summary(String side, double[] allWall, double[] allCpu) {
        int skip = allWall.length > WARM_UP + 1 ? WARM_UP : 0;
        double[] wall = Arrays.copyOfRange(allWall, skip, allWall.length);
        double[] cpu = Arrays.copyOfRange(allCpu, skip, allCpu.length);
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%s-median-s %.3f%n%s-min-s %.3f%n%s-median-cpu-s %.3f%n", side, wall[wall.length / 2],
                side, wall[0], side, cpu[cpu.length / 2]);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Runs the floor's command once (between two rounds, so both sides see the same machine): {wall, CPU} seconds. */
    private static double[] floor(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.print(out.lines().filter(l -> !l.startsWith("cpp-median")).map(l -> l + System.lineSeparator())
                .reduce("", String::concat));
        double wall = out.lines().filter(l -> l.startsWith("cpp-median-s ")).mapToDouble(l -> Double.parseDouble(l.substring(13)))
                .findFirst().orElseThrow(() -> new IOException("the floor printed no time: " + out));
        double cpu = out.lines().filter(l -> l.startsWith("cpp-median-cpu-s ")).mapToDouble(l -> Double.parseDouble(l.substring(17)))
                .findFirst().orElse(Double.NaN);
        return new double[] {wall, cpu};
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the peak heap in use). */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The most heap still in use right after a collection: what the reader really holds. */
    private static final class AfterGcSampler extends Thread {
        volatile long max;

        AfterGcSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                long used = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
                        .mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
                max = Math.max(max, used);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
