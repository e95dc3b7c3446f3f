package dev.tokendoctor.ui.wizard;

import dev.tokendoctor.core.token.ParseWarning;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import java.util.List;
import javafx.beans.value.ObservableValue;

/**
 * The token the status screen follows, and its commands, as the wizard sees them: the wizard
 * reuses the status screen's refresh, sign-in, clear (confirmation and backup) and undo.
 */
public interface WizardToken {

    ObservableValue<TokenHealth> health();

    /** The outcome of the last refresh (manual or automatic), null before the first. */
    ObservableValue<OAuthOutcome> lastRefresh();

    /** The parser's warnings about the followed token. */
    List<ParseWarning> warnings();

    /** Where the followed token comes from, not yet in a language (each screen and each half of the bundle words it). */
    dev.tokendoctor.core.i18n.Msg sourceMsg();

    /** Refreshes in the background; the outcome arrives in {@link #lastRefresh()}. */
    void refreshNow();

    /** Opens the Sign-in screen and starts a sign-in. */
    void reauthorize();

    /** Clears the stored tokens after the user confirms (a backup is kept). */
    void clearTokens();

    /** Puts back what the last clear replaced. */
    void undo();

    /** Whether there is something to undo (and nothing under way). */
    ObservableValue<Boolean> canUndo();

    /** Reads the store again. */
    void reload();
}
