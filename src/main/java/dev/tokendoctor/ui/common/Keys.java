package dev.tokendoctor.ui.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard: mnemonics on the main buttons (Alt+letter), shortcuts a screen registers on its
 * root and the shell dispatches while that screen is shown, and Tab that leaves a text area.
 * The README lists every shortcut (both languages); keep the two in step.
 */
public final class Keys {

    private static final String SHORTCUTS = Keys.class.getName() + ".shortcuts";

    /**
     * Underlines {@code letter} in the label (Alt+letter presses it). A label without that letter
     * (Chinese) gets it appended in brackets, the way Chinese desktop software shows it.
     */
    public static <L extends Labeled> L mnemonic(L labeled, char letter) {
        String text = labeled.getText();
        int at = text.toLowerCase(Locale.ROOT).indexOf(Character.toLowerCase(letter));
        labeled.setMnemonicParsing(true);
        labeled.setText(at >= 0 && text.chars().allMatch(c -> c < 0x2E80)
                ? text.substring(0, at) + "_" + text.substring(at)
                : text + "(_" + Character.toUpperCase(letter) + ")");
        return labeled;
    }

    /** While the screen behind {@code screenRoot} is shown, {@code keys} presses {@code button} (if enabled). */
    public static void shortcut(Node screenRoot, String keys, ButtonBase button) {
        shortcut(screenRoot, KeyCombination.valueOf(keys), button::fire);
    }

    public static void shortcut(Node screenRoot, KeyCombination keys, Runnable action) {
        @SuppressWarnings("unchecked")
        Map<KeyCombination, Runnable> map = (Map<KeyCombination, Runnable>) screenRoot.getProperties()
                .computeIfAbsent(SHORTCUTS, k -> new LinkedHashMap<KeyCombination, Runnable>());
        map.put(keys, action);
    }

    /** Runs the shortcut of {@code screenRoot} that matches {@code event}; true (and consumed) if one did. */
    public static boolean dispatch(Node screenRoot, KeyEvent event) {
        if (screenRoot == null || !(screenRoot.getProperties().get(SHORTCUTS) instanceof Map<?, ?> map)) {
            return false;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (((KeyCombination) e.getKey()).match(event)) {
                event.consume();
                ((Runnable) e.getValue()).run();
                return true;
            }
        }
        return false;
    }

    /** Tab and Shift+Tab move the focus on instead of typing a tab (Ctrl+Tab is the control's own way). */
    public static void tabMovesFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                        e.isShiftDown(), true, false, false));
            }
        });
    }

    private Keys() {
    }
}
