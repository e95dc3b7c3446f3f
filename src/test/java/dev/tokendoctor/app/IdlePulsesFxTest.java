package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Idle is free: the Status screen counting down a valid token, headless (Monocle), runs only the
 * pulses of its one-second updates and none in between. It counts pulses and updates in a JVM of
 * its own ({@link IdlePulseProbe}); nothing is timed. A running Timeline or a spinner left in the
 * scene shows as about 60 pulses after each update (62 were counted with the old Timeline ticker).
 */
class IdlePulsesFxTest {

    /** The most pulses one update may take: CSS and layout of the changed labels, then the render (3 seen). */
    static final int SETTLE_PULSES = 4;

    @TempDir
    Path dir;

    @Test
    void theCountdownPulsesOnlyForItsOneSecondUpdates() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "-Duser.language=en"));
        if (!"true".equals(System.getProperty("headful"))) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(List.of(IdlePulseProbe.class.getName(), dir.toString(), "5"));
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(120, TimeUnit.SECONDS)).isTrue();

        Matcher m = Pattern.compile("updates (\\d+) pulses (\\d+) most-after-one-update (\\d+) screen-layouts (\\d+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        int updates = Integer.parseInt(m.group(1));
        int pulses = Integer.parseInt(m.group(2));
        int most = Integer.parseInt(m.group(3));
        assertThat(updates).as("one update a second").isBetween(3, 7);
        assertThat(most).as("pulses after one update").isBetween(1, SETTLE_PULSES);
        assertThat(pulses).as("pulses in %d updates", updates).isBetween(updates - 1, SETTLE_PULSES * (updates + 1));
        System.out.println(m.group());
        assertThat(Integer.parseInt(m.group(4))).as("layouts of the whole screen while only the time changed").isZero();
        // a day from expiry only the big countdown counts seconds; the other times change once a
        // minute, so one small region is repainted a second instead of four
        Matcher every = Pattern.compile("every-second \\[(.*)]").matcher(out);
        assertThat(every.find()).as(out).isTrue();
        assertThat(every.group(1)).as("labels that changed every second").isEqualTo("countdown");
    }
}
