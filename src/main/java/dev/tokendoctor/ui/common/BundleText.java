package dev.tokendoctor.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * A bundle text a view shows as it is, without arguments. The bundles hold MessageFormat patterns
 * and write an apostrophe as {@code ''} ("the app''s tokens"); read straight with
 * {@link ResourceBundle#getString} such a text would show both quotes.
 */
public final class BundleText {

    public static String of(ResourceBundle bundle, String key) {
        String pattern = bundle.getString(key);
        return pattern.indexOf('\'') < 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(new Object[0]);
    }

    private BundleText() {
    }
}
