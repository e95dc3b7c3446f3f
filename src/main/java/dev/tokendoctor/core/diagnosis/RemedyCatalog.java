package dev.tokendoctor.core.diagnosis;

import static dev.tokendoctor.core.diagnosis.Remedy.Action.CHECK_NETWORK;
import static dev.tokendoctor.core.diagnosis.Remedy.Action.CHECK_PROXY;
import static dev.tokendoctor.core.diagnosis.Remedy.Action.CONTACT_SUPPORT;
import static dev.tokendoctor.core.diagnosis.Remedy.Action.CORRECT_CLOCK;
import static dev.tokendoctor.core.diagnosis.Remedy.Action.ENABLE_PERMISSION;
import static dev.tokendoctor.core.diagnosis.Remedy.Action.FIX_CODE;
import static dev.tokendoctor.core.diagnosis.Remedy.Action.FIX_CONFIGURATION;
import static dev.tokendoctor.core.diagnosis.Remedy.Action.METHOD1_REAUTHORIZE;
import static dev.tokendoctor.core.diagnosis.Remedy.Action.METHOD2_CLEAR_ENTRY;
import static dev.tokendoctor.core.diagnosis.Remedy.Action.METHOD3_CONSOLE;
import static dev.tokendoctor.core.diagnosis.Remedy.Action.REFRESH_NOW;
import static dev.tokendoctor.core.diagnosis.Remedy.Action.RESTART_DEVICE_FLOW;
import static dev.tokendoctor.core.diagnosis.Remedy.Action.SIGN_NEW_JWT;
import static dev.tokendoctor.core.diagnosis.Remedy.Action.SWITCH_REGION;
import static dev.tokendoctor.core.diagnosis.Remedy.Action.WAIT_AND_RETRY;

import dev.tokendoctor.core.i18n.Msg;
import java.util.ArrayList;
import java.util.List;

/** The remedies for each failure kind, most promising first, mapped to the guide's methods. */
public final class RemedyCatalog {

    private RemedyCatalog() {
    }

    /**
     * The remedies for a kind, in the order to try them. When a logid is known, the last step is
     * to contact support quoting it.
     *
     * @param kind  the failure
     * @param logId the Coze logid from the evidence, or null
     */
    public static List<Remedy> forKind(FailureKind kind, String logId) {
        return forKind(kind, logId, Flow.UNKNOWN);
    }

    /**
     * The remedies for a kind in a flow: a device flow is started again instead of a browser
     * sign-in, a JWT app checks its key, kid and region and signs a new JWT; neither is ever told to
     * refresh, since neither has a refresh token to use.
     */
    public static List<Remedy> forKind(FailureKind kind, String logId, Flow flow) {
        List<Remedy> list = new ArrayList<>(base(kind));
        if (flow == Flow.JWT) {
            list.removeIf(r -> r.action() == REFRESH_NOW || r.action() == METHOD2_CLEAR_ENTRY || r.action() == METHOD3_CONSOLE);
            list.replaceAll(r -> r.action() == METHOD1_REAUTHORIZE ? Remedy.of(SIGN_NEW_JWT) : r);
            if (kind == FailureKind.JWT_REJECTED || kind == FailureKind.INVALID_CLIENT || kind == FailureKind.REGION_MISMATCH) {
                list.add(0, Remedy.of(FIX_CONFIGURATION, Msg.of("remedy.FIX_CONFIGURATION.jwtKey")));
            }
        } else if (flow == Flow.DEVICE) {
            list.removeIf(r -> r.action() == METHOD2_CLEAR_ENTRY || r.action() == METHOD3_CONSOLE);
            list.replaceAll(r -> r.action() == METHOD1_REAUTHORIZE ? Remedy.of(RESTART_DEVICE_FLOW) : r);
        }
        return withSupport(list.stream().distinct().toList(), logId);
    }

    private static List<Remedy> base(FailureKind kind) {
        List<Remedy> list = new ArrayList<>();
        switch (kind) {
            case ACCESS_TOKEN_EXPIRED -> add(list, REFRESH_NOW, METHOD1_REAUTHORIZE, METHOD2_CLEAR_ENTRY, METHOD3_CONSOLE);
            case REFRESH_TOKEN_EXPIRED -> add(list, METHOD1_REAUTHORIZE, METHOD2_CLEAR_ENTRY, METHOD3_CONSOLE);
            case REFRESH_TOKEN_INVALID -> add(list, METHOD2_CLEAR_ENTRY, METHOD1_REAUTHORIZE, METHOD3_CONSOLE);
            case REFRESH_TOKEN_REUSED -> {
                add(list, METHOD1_REAUTHORIZE);
                list.add(Remedy.of(FIX_CODE, Msg.of("remedy.FIX_CODE.serializeRefresh")));
            }
            case NO_REFRESH_TOKEN -> {
                add(list, METHOD1_REAUTHORIZE);
                list.add(Remedy.of(FIX_CODE, Msg.of("remedy.FIX_CODE.keepRefreshToken")));
            }
            case JWT_APP_TOKEN_EXPIRED -> {
                add(list, SIGN_NEW_JWT);
                list.add(Remedy.of(FIX_CODE, Msg.of("remedy.FIX_CODE.signBeforeExpiry")));
            }
            case JWT_REJECTED -> {
                list.add(Remedy.of(FIX_CONFIGURATION, Msg.of("remedy.FIX_CONFIGURATION.jwtKey")));
                list.add(Remedy.of(FIX_CODE, Msg.of("remedy.FIX_CODE.jwtClaims")));
                add(list, CORRECT_CLOCK, SIGN_NEW_JWT);
            }
            case INVALID_CLIENT -> {
                list.add(Remedy.of(FIX_CONFIGURATION, Msg.of("remedy.FIX_CONFIGURATION.secret")));
                add(list, SWITCH_REGION);
            }
            case REDIRECT_URI_MISMATCH ->
                    list.add(Remedy.of(FIX_CONFIGURATION, Msg.of("remedy.FIX_CONFIGURATION.redirectUri")));
            case REGION_MISMATCH -> {
                add(list, SWITCH_REGION);
                list.add(Remedy.of(FIX_CONFIGURATION, Msg.of("remedy.FIX_CONFIGURATION.baseUrl")));
            }
            case APP_DISABLED_OR_WRONG_TYPE ->
                    list.add(Remedy.of(FIX_CONFIGURATION, Msg.of("remedy.FIX_CONFIGURATION.appType")));
            case CONSENT_DENIED -> list.add(Remedy.of(METHOD1_REAUTHORIZE, Msg.of("remedy.METHOD1_REAUTHORIZE.consent")));
            case CLOCK_SKEW -> add(list, CORRECT_CLOCK, METHOD1_REAUTHORIZE);
            case DNS_FAILURE, CONNECTION_FAILURE -> add(list, CHECK_NETWORK, CHECK_PROXY, WAIT_AND_RETRY);
            case TLS_FAILURE -> add(list, CHECK_NETWORK, CHECK_PROXY, CORRECT_CLOCK);
            case PROXY_FAILURE -> add(list, CHECK_PROXY, CHECK_NETWORK);
            case TIMEOUT -> add(list, CHECK_NETWORK, WAIT_AND_RETRY, CHECK_PROXY);
            case RATE_LIMITED -> add(list, WAIT_AND_RETRY);
            case SERVER_ERROR -> add(list, WAIT_AND_RETRY, CONTACT_SUPPORT);
            case PERMISSION_MISSING -> {
                add(list, ENABLE_PERMISSION);
                list.add(Remedy.of(METHOD1_REAUTHORIZE, Msg.of("remedy.METHOD1_REAUTHORIZE.afterPermission")));
            }
            case RISK_CONTROL -> add(list, CONTACT_SUPPORT, WAIT_AND_RETRY);
            case EXPIRY_MISINTERPRETED -> {
                list.add(Remedy.of(FIX_CODE, Msg.of("remedy.FIX_CODE.expiresIn")));
                add(list, REFRESH_NOW, METHOD1_REAUTHORIZE);
            }
            case CONFIGURATION_MISSING ->
                    list.add(Remedy.of(FIX_CONFIGURATION, Msg.of("remedy.FIX_CONFIGURATION.missing")));
            case AUTHORIZATION_CODE_INVALID -> {
                list.add(Remedy.of(METHOD1_REAUTHORIZE, Msg.of("remedy.METHOD1_REAUTHORIZE.newCode")));
                list.add(Remedy.of(FIX_CODE, Msg.of("remedy.FIX_CODE.codeOnce")));
            }
            case DEVICE_CODE_EXPIRED -> add(list, RESTART_DEVICE_FLOW);
            case DEVICE_POLLING -> list.add(Remedy.of(WAIT_AND_RETRY, Msg.of("remedy.WAIT_AND_RETRY.devicePolling")));
            case PARAMETER_ERROR -> list.add(Remedy.of(FIX_CODE, Msg.of("remedy.FIX_CODE.parameter")));
            case RESOURCE_NOT_FOUND -> {
                list.add(Remedy.of(FIX_CONFIGURATION, Msg.of("remedy.FIX_CONFIGURATION.resource")));
                add(list, SWITCH_REGION);
            }
            case UNKNOWN -> list.add(Remedy.of(CONTACT_SUPPORT, Msg.of("remedy.CONTACT_SUPPORT.bundle")));
        }
        return list;
    }

    /** Puts the logid into the support step, adding that step last if the kind had none. */
    static List<Remedy> withSupport(List<Remedy> remedies, String logId) {
        if (logId == null || logId.isBlank()) {
            return List.copyOf(remedies);
        }
        Remedy support = Remedy.of(CONTACT_SUPPORT, Msg.of("remedy.CONTACT_SUPPORT.logid", logId));
        List<Remedy> list = new ArrayList<>(remedies.stream().filter(r -> r.action() != CONTACT_SUPPORT).toList());
        int index = indexOf(remedies, CONTACT_SUPPORT);
        list.add(index < 0 ? list.size() : index, support);
        return List.copyOf(list);
    }

    private static int indexOf(List<Remedy> remedies, Remedy.Action action) {
        for (int i = 0; i < remedies.size(); i++) {
            if (remedies.get(i).action() == action) {
                return i;
            }
        }
        return -1;
    }

    private static void add(List<Remedy> list, Remedy.Action... actions) {
        for (Remedy.Action action : actions) {
            list.add(Remedy.of(action));
        }
    }
}
