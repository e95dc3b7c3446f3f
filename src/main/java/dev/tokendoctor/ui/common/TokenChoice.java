package dev.tokendoctor.ui.common;

import dev.tokendoctor.core.i18n.Msg;

/**
 * A token found somewhere (a browser profile, the WebView) that a screen may offer to follow.
 *
 * @param label  what the user sees: where it is, its verdict and its fingerprint — never the value
 * @param value  the stored value itself (a secret: imported, never displayed)
 * @param source where it came from, in words, for the Status screen
 */
public record TokenChoice(String label, String value, Msg source) {

    @Override
    public String toString() {
        return label;
    }
}
