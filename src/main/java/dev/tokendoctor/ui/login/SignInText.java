package dev.tokendoctor.ui.login;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.oauth.client.ConnectionProfile;
import dev.tokendoctor.oauth.signin.AuthorizationSession;
import java.net.URI;

/** The Sign-in screen's words: kept apart so the view model reads as the flow and the wording changes in one place. */
final class SignInText {

    private SignInText() {
    }

    static String profile(ConnectionProfile p, Messages messages) {
        return messages.get("signin.profile", messages.get("connection.provider." + p.provider().name()),
                messages.get("connection.flow." + p.flow().name()), p.clientId(), p.endpoints().apiBase().toString());
    }

    /** Why a redirect brought no code to exchange: consent denied, an authorize error, a wrong state, or else. */
    static String refused(AuthorizationSession.CallbackResult result, Messages messages) {
        if (result instanceof AuthorizationSession.ConsentDenied denied) {
            return messages.get("signin.denied", denied.description() == null ? "" : denied.description());
        } else if (result instanceof AuthorizationSession.AuthorizeError error) {
            return messages.get("signin.authorizeError", error.error(), error.description() == null ? "" : error.description());
        } else if (result instanceof AuthorizationSession.StateMismatch) {
            return messages.get("signin.stateMismatch");
        }
        return messages.get("signin.badCallback", result.getClass().getSimpleName());
    }

    /**
     * Asks for the consent page in the app's language with OpenID's {@code ui_locales}; a server
     * that does not know the parameter ignores it, as OAuth requires.
     */
    static URI inLanguageOf(Messages messages, URI authorize) {
        String tag = "zh".equals(messages.locale().getLanguage()) ? "zh-CN" : "en";
        return URI.create(authorize + (authorize.getRawQuery() == null ? "?" : "&") + "ui_locales=" + tag);
    }
}
