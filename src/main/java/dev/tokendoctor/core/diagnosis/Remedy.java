package dev.tokendoctor.core.diagnosis;

import dev.tokendoctor.core.i18n.Msg;
import java.util.List;
import java.util.Objects;

/**
 * One thing to do about a failure, in words, and whether the app can do it for the user.
 *
 * @param action      what kind of step it is
 * @param instruction the step in words (never holds a secret: fingerprints only)
 */
public record Remedy(Action action, Msg instruction) {

    public Remedy {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(instruction, "instruction");
    }

    /** The step with its default wording, {@code remedy.<ACTION>}. */
    public static Remedy of(Action action) {
        return new Remedy(action, new Msg("remedy." + action.name(), List.of()));
    }

    /** The step with specific wording. */
    public static Remedy of(Action action, Msg instruction) {
        return new Remedy(action, instruction);
    }

    /** Whether the app can carry this step out itself (a button), rather than telling the user how. */
    public boolean automatable() {
        return action.automatable();
    }

    /**
     * The kinds of step. The first three are the guide's methods 1 to 3; the app can do method 1
     * in its own WebView and method 2 on its own store and WebView profile, but method 3 is typed
     * into the user's browser console.
     */
    public enum Action {
        /** Guide method 1: sign in again (the app can, in its WebView). */
        METHOD1_REAUTHORIZE(true),
        /** Guide method 2: delete the stored {@code coze_oauth_tokens} entry (the app's store and WebView). */
        METHOD2_CLEAR_ENTRY(true),
        /** Guide method 3: {@code localStorage.removeItem('coze_oauth_tokens'); location.reload();} in the browser console. */
        METHOD3_CONSOLE(false),
        /** Use the stored refresh token now. */
        REFRESH_NOW(true),
        /** JWT flow: sign a new JWT and exchange it (the app can, when it holds the private key). */
        SIGN_NEW_JWT(true),
        /** Change a setting: the exact line where known. */
        FIX_CONFIGURATION(false),
        /** Change the web app's code (how it stores, refreshes or reads the expiry). */
        FIX_CODE(false),
        /** Use the region the app was created in (api.coze.cn or api.coze.com). */
        SWITCH_REGION(false),
        /** Set the system clock right. */
        CORRECT_CLOCK(false),
        /** Enable a permission on the app in the Coze console. */
        ENABLE_PERMISSION(false),
        /** Run the app's network check (DNS, TCP, TLS to both regions). */
        CHECK_NETWORK(true),
        /** Check the system or browser proxy settings. */
        CHECK_PROXY(false),
        /** Wait, then try again (the app can retry with a backoff). */
        WAIT_AND_RETRY(true),
        /** Device flow: request a new device code and have the user enter the new user code. */
        RESTART_DEVICE_FLOW(false),
        /** Ask Coze support, quoting the logid. */
        CONTACT_SUPPORT(false);

        private final boolean automatable;

        Action(boolean automatable) {
            this.automatable = automatable;
        }

        /** Whether the app can carry out this kind of step itself. */
        public boolean automatable() {
            return automatable;
        }
    }
}
