package dev.tokendoctor.report;

import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.HealthState;
import java.util.List;

/**
 * What the fix wizard did, for the bundle: the verdict before, what it found, the actions taken,
 * whether Coze then accepted the token, and the verdict at export time. Language-neutral.
 *
 * @param before   the verdict when the wizard started, or null
 * @param found    the title of what the wizard found first, or null
 * @param actions  what was done, in order
 * @param verified whether a call to Coze with the token then succeeded
 * @param now      the verdict at export time, or null
 */
public record FixSummary(HealthState before, Msg found, List<Msg> actions, boolean verified, HealthState now) {

    public FixSummary {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
