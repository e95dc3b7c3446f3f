package dev.tokendoctor.ui.inspector;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.storage.discovery.BrowserActivity;
import dev.tokendoctor.storage.discovery.BrowserProfile;
import dev.tokendoctor.storage.tokens.BrowserGuidance;
import java.util.ArrayList;
import java.util.List;

/**
 * Why the app will not change a store, and what the user can do instead: for a browser, whether
 * it seems to be running and the guide's DevTools steps and console lines for that browser.
 *
 * @param note    one paragraph; empty when the store can be changed here
 * @param steps   the browser's steps, in order (empty for other stores)
 * @param console whether the console lines apply
 */
record ReadOnlyHelp(String note, List<String> steps, boolean console) {

    static final ReadOnlyHelp NONE = new ReadOnlyHelp("", List.of(), false);

    static ReadOnlyHelp of(Scanned scanned, String origin, boolean live, Messages m) {
        if (scanned == null) {
            return NONE;
        }
        switch (scanned.source().kind()) {
            case CHROMIUM, FIREFOX -> {
                BrowserProfile p = scanned.profile();
                if (p == null) {
                    return new ReadOnlyHelp(m.get("inspector.readOnly.folder"), List.of(), true);
                }
                StringBuilder note = new StringBuilder(m.format(BrowserGuidance.whyReadOnly(p.browser())));
                note.append(' ').append(running(p, m));
                String target = origin != null ? origin : m.get("inspector.readOnly.anyOrigin");
                List<String> steps = new ArrayList<>();
                for (Msg step : BrowserGuidance.steps(p.browser(), target)) {
                    steps.add(m.format(step));
                }
                return new ReadOnlyHelp(note.toString(), steps, true);
            }
            case WEBVIEW -> {
                return live ? NONE : new ReadOnlyHelp(m.get("inspector.readOnly.webview"), List.of(), false);
            }
            case PASTED -> {
                return new ReadOnlyHelp(m.get("inspector.readOnly.pasted"), List.of(), false);
            }
            default -> {
                return NONE;
            }
        }
    }

    private static String running(BrowserProfile p, Messages m) {
        BrowserActivity activity = p.activity();
        StringBuilder text = new StringBuilder(m.get("inspector.running." + activity.state().name(), p.browser().displayName()));
        for (Msg evidence : activity.evidence()) {
            text.append(' ').append(m.format(evidence));
        }
        return text.toString();
    }
}
