package dev.tokendoctor.ui.inspector;

import dev.tokendoctor.core.i18n.Msg;

/** What the inspector asks of the rest of the app (the Status screen and the shell). */
public interface InspectorActions {

    /** Imports {@code text} into the app's store (backup first), follows it on the Status screen and shows it. */
    void showInStatus(String text, Msg source);

    /** Follows {@code text} on the Status screen without storing it, but only while the app's store is empty. */
    void followIfNothingStored(String text, Msg source);

    /** The app's store changed under the Status screen (cleared or restored here). */
    void appStoreChanged();

    InspectorActions NONE = new InspectorActions() {
        @Override
        public void showInStatus(String text, Msg source) {
        }

        @Override
        public void followIfNothingStored(String text, Msg source) {
        }

        @Override
        public void appStoreChanged() {
        }
    };
}
