package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled CJK font is loaded only when none of the system's families is a CJK one. */
class AppLookTest {

    @Test
    void aMachineWithOnlyLatinFontsHasNoCjkFamily() {
        assertThat(AppLook.hasCjkFamily(List.of("DejaVu Sans", "DejaVu Sans Mono", "System"))).isFalse();
    }

    @Test
    void theFamiliesOfLinuxWindowsAndMacCountAsCjk() {
        assertThat(AppLook.hasCjkFamily(List.of("DejaVu Sans", "Noto Sans CJK SC"))).isTrue();
        assertThat(AppLook.hasCjkFamily(List.of("WenQuanYi Zen Hei"))).isTrue();
        assertThat(AppLook.hasCjkFamily(List.of("Microsoft YaHei UI"))).isTrue();
        assertThat(AppLook.hasCjkFamily(List.of("PingFang SC"))).isTrue();
    }

    @Test
    void withoutTheLauncherPropertyNothingIsLoaded() {
        String saved = System.clearProperty(AppLook.CJK_FONT_PROPERTY);
        try {
            assertThat(AppLook.loadCjkFontIfMissing()).isFalse();
        } finally {
            if (saved != null) {
                System.setProperty(AppLook.CJK_FONT_PROPERTY, saved);
            }
        }
    }
}
