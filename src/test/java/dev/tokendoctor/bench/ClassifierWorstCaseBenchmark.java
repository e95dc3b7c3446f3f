package dev.tokendoctor.bench;

import dev.tokendoctor.core.diagnosis.Diagnoser;
import dev.tokendoctor.core.diagnosis.Diagnosis;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Worst cases for the classifier: a megabyte (the largest paste it reads) of the strings that make
 * patterns and the JSON reader work hardest. Prints the time of each next to the floor it must stay
 * under, and whether the paste was cut. Run by scripts/bench-classifier.sh; uses only the public API,
 * so the same class can time an older build.
 */
public final class ClassifierWorstCaseBenchmark {

    /** What a paste of a megabyte may cost at most: under a second, on a background thread. */
    static final long FLOOR_MS = 1000;

    private ClassifierWorstCaseBenchmark() {
    }

    public static void main(String[] args) {
        int size = Diagnoser.MAX_CHARS;
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("'{' x 1 MB", "{".repeat(size));
        inputs.put("'msg: ' x 1 MB", repeat("msg: ", size));
        inputs.put("'x-tt-logid: ' x 1 MB", repeat("x-tt-logid: ", size));
        inputs.put("'code: 4100 ' x 1 MB", repeat("code: 4100 ", size));
        inputs.put("'{\"error\":' x 1 MB", repeat("{\"error\":", size));
        inputs.put("'token 已过期' x 1 MB", repeat("token 已过期", size));
        inputs.put("one 1 MB line of 'a'", "a".repeat(size));
        inputs.put("1 MB of log lines", repeat("2026-12-01 INFO request ok status 200\n", size));
        Diagnoser diagnoser = new Diagnoser();
        for (int warm = 0; warm < 2; warm++) {
            inputs.values().forEach(diagnoser::diagnoseText);
        }
        System.out.printf("%-26s %10s %10s  %s%n", "input", "ms", "floor ms", "cut?");
        for (Map.Entry<String, String> e : inputs.entrySet()) {
            long start = System.nanoTime();
            Diagnosis d = diagnoser.diagnoseText(e.getValue());
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%-26s %10d %10d  %s%n", e.getKey(), ms, FLOOR_MS, cutNote(d));
        }
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(size / unit.length());
    }

    private static String cutNote(Diagnosis d) {
        try {
            return d.notes().isEmpty() ? "no" : "yes (" + d.notes().get(0).key() + ")";
        } catch (NoSuchMethodError older) {
            return "(not reported by this build)";
        }
    }
}
