package dev.tokendoctor.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.image.Image;
import javafx.scene.text.Font;

/**
 * What the packaged app brings for its looks: the window and taskbar icon, and a Chinese font for
 * machines that have none. The runtime image ships WenQuanYi Micro Hei (TrueType: JavaFX's
 * fallback skips CFF fonts such as Noto Sans CJK) and the launcher names it in
 * {@code -Dtokendoctor.cjkFont}; it is loaded only when no CJK family is installed, so a system
 * font always wins. Loaded fonts join no fallback chain: the theme names the family.
 */
final class AppLook {

    static final String CJK_FONT_PROPERTY = "tokendoctor.cjkFont";
    private static final List<String> CJK_FAMILY_PREFIXES = List.of("noto sans cjk", "noto serif cjk", "source han",
            "wenquanyi", "droid sans fallback", "ar pl", "microsoft yahei", "simsun", "simhei", "nsimsun", "dengxian",
            "pingfang", "hiragino sans gb", "heiti", "songti", "stheiti", "stsong", "fangsong", "kaiti", "unifont");
    private static final int[] ICON_SIZES = {16, 32, 48, 256};

    /** Loads the bundled CJK font when the launcher names one and the system has no CJK family; says whether it did. */
    static boolean loadCjkFontIfMissing() {
        String file = System.getProperty(CJK_FONT_PROPERTY);
        if (file == null || !Files.isRegularFile(Path.of(file)) || hasCjkFamily(Font.getFamilies())) {
            return false;
        }
        Font[] loaded = Font.loadFonts(Path.of(file).toUri().toString(), 13);
        return loaded != null && loaded.length > 0;
    }

    static boolean hasCjkFamily(List<String> families) {
        return families.stream().map(f -> f.toLowerCase(Locale.ROOT))
                .anyMatch(f -> CJK_FAMILY_PREFIXES.stream().anyMatch(f::startsWith));
    }

    /** The window icons, decoded (any thread once the toolkit runs: init() does it while the FX thread waits). */
    static List<Image> icons() {
        List<Image> icons = new java.util.ArrayList<>();
        for (int size : ICON_SIZES) {
            icons.add(new Image(AppLook.class.getResource("icon-" + size + ".png").toExternalForm()));
        }
        return icons;
    }

    private AppLook() {
    }
}
