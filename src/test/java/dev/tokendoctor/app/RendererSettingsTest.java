package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the window asks of the toolkit before it starts, and that a {@code -D} on the command line wins. */
class RendererSettingsTest {

    private static final String CACHING = "prism.disableRegionCaching";

    @Test
    void withNothingOnTheCommandLineTheWindowPulsesThirtyTimesASecondWithoutRegionCaching() {
        withProperties(Map.of(), () -> {
            Window.rendererSettings();
            assertThat(System.getProperty(Window.PULSE_PROPERTY)).isEqualTo("30");
            assertThat(System.getProperty(CACHING)).isEqualTo("true");
        });
    }

    @Test
    void aSettingGivenOnTheCommandLineIsKept() {
        withProperties(Map.of(Window.PULSE_PROPERTY, "60", CACHING, "false"), () -> {
            Window.rendererSettings();
            assertThat(System.getProperty(Window.PULSE_PROPERTY)).isEqualTo("60");
            assertThat(System.getProperty(CACHING)).isEqualTo("false");
        });
    }

    /** Runs {@code check} with exactly these two properties set, then puts back what was there (other tests start toolkits). */
    private static void withProperties(Map<String, String> given, Runnable check) {
        String pulse = System.getProperty(Window.PULSE_PROPERTY);
        String caching = System.getProperty(CACHING);
        try {
            System.clearProperty(Window.PULSE_PROPERTY);
            System.clearProperty(CACHING);
            given.forEach(System::setProperty);
            check.run();
        } finally {
            restore(Window.PULSE_PROPERTY, pulse);
            restore(CACHING, caching);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
