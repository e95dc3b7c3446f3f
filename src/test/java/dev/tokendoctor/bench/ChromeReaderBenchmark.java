package dev.tokendoctor.bench;

import dev.tokendoctor.storage.chromium.ChromiumStorageSource;
import dev.tokendoctor.storage.source.ProgressListener;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanSink;
import dev.tokendoctor.storage.source.StorageEntry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scans a Chrome-format LevelDB folder (see scripts/bench-chrome-reader.sh) with a sink that only
 * counts, and prints entries/s, MB/s and the heap's peak: run under a small -Xmx to show that the
 * reader streams instead of holding the store.
 */
public final class ChromeReaderBenchmark {

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long storeBytes;
        try (Stream<Path> files = Files.list(folder)) {
            storeBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        for (int round = 1; round <= rounds; round++) {
            resetPeaks();
            Counter counter = new Counter();
            AfterGcSampler sampler = new AfterGcSampler();
            sampler.start();
            long start = System.nanoTime();
            new ChromiumStorageSource("bench", folder).scan(counter, ProgressListener.NONE, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            System.out.printf(Locale.ROOT,
                    "round %d: %,d entries (%,d errors), %.1f MB of values from %.1f MB on disk in %.2f s: "
                            + "%,.0f entries/s, %.1f MB/s on disk; heap peak %.1f MB (%.1f MB live after GC) of max %.1f MB%n",
                    round, counter.entries, counter.errors, counter.valueBytes / 1e6, storeBytes / 1e6, seconds,
                    counter.entries / seconds, storeBytes / 1e6 / seconds, heapPeak() / 1048576.0, sampler.max / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0);
        }
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

    private static final class Counter implements ScanSink {
        long entries;
        long errors;
        long valueBytes;

        @Override
        public void entry(StorageEntry entry) {
            entries++;
            valueBytes += entry.sizeBytes();
        }

        @Override
        public void error(ScanError error) {
            errors++;
            System.out.println("error: " + error.problem() + " " + error.file() + " " + error.message().args());
        }
    }
}
