package dev.tokendoctor.oauth.refresh;

import dev.tokendoctor.oauth.client.TokenGrant;

import java.io.IOException;

/**
 * Where refreshed tokens are kept. The app's token store implements it. A refresh token is
 * single-use, so a new one must be on disk before anything uses it.
 */
public interface TokenPersistence {

    /**
     * Replaces the stored record with {@code grant} atomically: afterwards either the old record
     * or the new one is stored, never a mix or nothing.
     *
     * @throws IOException when the grant could not be saved; the refresher keeps it in memory and
     *                   retries the save on the next refresh
     */
    void saveAtomically(TokenGrant grant) throws IOException;
}
