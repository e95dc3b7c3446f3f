package dev.tokendoctor.ui.inspector;

import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.storage.source.StorageEntry;
import dev.tokendoctor.storage.tokens.FoundToken;

/**
 * One row of the entries table: texts ready to show, and what they were made from.
 *
 * @param token the verdict's name when the value is a token, else empty
 * @param state the verdict when the value is a token, else null
 * @param found the token finder's result for this entry, or null
 */
public record EntryRow(String sourceId, String origin, String key, String size, String modified, String token,
                       HealthState state, StorageEntry entry, FoundToken found) {

    /** Never prints the value. */
    @Override
    public String toString() {
        return "EntryRow[" + sourceId + ", " + origin + ", " + key + ", " + token + "]";
    }
}
