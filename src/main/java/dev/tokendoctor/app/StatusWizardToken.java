package dev.tokendoctor.app;

import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.core.token.ParseWarning;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.oauth.client.OAuthOutcome;
import dev.tokendoctor.ui.status.TokenStatusViewModel;
import dev.tokendoctor.ui.wizard.WizardToken;
import java.util.List;
import javafx.beans.value.ObservableValue;

/** The status screen's token and commands, handed to the wizard: both screens act on one token, one way. */
final class StatusWizardToken implements WizardToken {

    private final TokenStatusViewModel status;

    StatusWizardToken(TokenStatusViewModel status) {
        this.status = status;
    }

    @Override
    public ObservableValue<TokenHealth> health() {
        return status.healthProperty();
    }

    @Override
    public ObservableValue<OAuthOutcome> lastRefresh() {
        return status.lastRefreshProperty();
    }

    @Override
    public List<ParseWarning> warnings() {
        ParseResult.Parsed parsed = status.subjectProperty().get().parsed();
        return parsed == null ? List.of() : parsed.warnings();
    }

    @Override
    public dev.tokendoctor.core.i18n.Msg sourceMsg() {
        return status.subjectProperty().get().source();
    }

    @Override
    public void refreshNow() {
        status.refreshNow();
    }

    @Override
    public void reauthorize() {
        status.reauthorize();
    }

    @Override
    public void clearTokens() {
        status.clearTokens();
    }

    @Override
    public void undo() {
        status.undo();
    }

    @Override
    public javafx.beans.value.ObservableValue<Boolean> canUndo() {
        return status.canUndoClear(); // the wizard offers "Undo the clear" only after a clear
    }

    @Override
    public void reload() {
        status.loadStored();
    }
}
