package dev.tokendoctor.core.diagnosis;

import static dev.tokendoctor.core.diagnosis.Remedy.Action.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class RemedyCatalogTest {

    private static final Messages[] LANGUAGES = {new Messages(Messages.ENGLISH), new Messages(Messages.CHINESE)};

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of(FailureKind.ACCESS_TOKEN_EXPIRED, List.of(REFRESH_NOW, METHOD1_REAUTHORIZE, METHOD2_CLEAR_ENTRY, METHOD3_CONSOLE)),
                Arguments.of(FailureKind.REFRESH_TOKEN_EXPIRED, List.of(METHOD1_REAUTHORIZE, METHOD2_CLEAR_ENTRY, METHOD3_CONSOLE)),
                Arguments.of(FailureKind.REFRESH_TOKEN_INVALID, List.of(METHOD2_CLEAR_ENTRY, METHOD1_REAUTHORIZE, METHOD3_CONSOLE)),
                Arguments.of(FailureKind.REFRESH_TOKEN_REUSED, List.of(METHOD1_REAUTHORIZE, FIX_CODE)),
                Arguments.of(FailureKind.NO_REFRESH_TOKEN, List.of(METHOD1_REAUTHORIZE, FIX_CODE)),
                Arguments.of(FailureKind.JWT_APP_TOKEN_EXPIRED, List.of(SIGN_NEW_JWT, FIX_CODE)),
                Arguments.of(FailureKind.JWT_REJECTED, List.of(FIX_CONFIGURATION, FIX_CODE, CORRECT_CLOCK, SIGN_NEW_JWT)),
                Arguments.of(FailureKind.INVALID_CLIENT, List.of(FIX_CONFIGURATION, SWITCH_REGION)),
                Arguments.of(FailureKind.REDIRECT_URI_MISMATCH, List.of(FIX_CONFIGURATION)),
                Arguments.of(FailureKind.REGION_MISMATCH, List.of(SWITCH_REGION, FIX_CONFIGURATION)),
                Arguments.of(FailureKind.APP_DISABLED_OR_WRONG_TYPE, List.of(FIX_CONFIGURATION)),
                Arguments.of(FailureKind.CONSENT_DENIED, List.of(METHOD1_REAUTHORIZE)),
                Arguments.of(FailureKind.CLOCK_SKEW, List.of(CORRECT_CLOCK, METHOD1_REAUTHORIZE)),
                Arguments.of(FailureKind.DNS_FAILURE, List.of(CHECK_NETWORK, CHECK_PROXY, WAIT_AND_RETRY)),
                Arguments.of(FailureKind.CONNECTION_FAILURE, List.of(CHECK_NETWORK, CHECK_PROXY, WAIT_AND_RETRY)),
                Arguments.of(FailureKind.TLS_FAILURE, List.of(CHECK_NETWORK, CHECK_PROXY, CORRECT_CLOCK)),
                Arguments.of(FailureKind.PROXY_FAILURE, List.of(CHECK_PROXY, CHECK_NETWORK)),
                Arguments.of(FailureKind.TIMEOUT, List.of(CHECK_NETWORK, WAIT_AND_RETRY, CHECK_PROXY)),
                Arguments.of(FailureKind.RATE_LIMITED, List.of(WAIT_AND_RETRY)),
                Arguments.of(FailureKind.SERVER_ERROR, List.of(WAIT_AND_RETRY, CONTACT_SUPPORT)),
                Arguments.of(FailureKind.PERMISSION_MISSING, List.of(ENABLE_PERMISSION, METHOD1_REAUTHORIZE)),
                Arguments.of(FailureKind.RISK_CONTROL, List.of(CONTACT_SUPPORT, WAIT_AND_RETRY)),
                Arguments.of(FailureKind.EXPIRY_MISINTERPRETED, List.of(FIX_CODE, REFRESH_NOW, METHOD1_REAUTHORIZE)),
                Arguments.of(FailureKind.CONFIGURATION_MISSING, List.of(FIX_CONFIGURATION)),
                Arguments.of(FailureKind.AUTHORIZATION_CODE_INVALID, List.of(METHOD1_REAUTHORIZE, FIX_CODE)),
                Arguments.of(FailureKind.DEVICE_CODE_EXPIRED, List.of(Remedy.Action.RESTART_DEVICE_FLOW)),
                Arguments.of(FailureKind.DEVICE_POLLING, List.of(WAIT_AND_RETRY)),
                Arguments.of(FailureKind.PARAMETER_ERROR, List.of(FIX_CODE)),
                Arguments.of(FailureKind.RESOURCE_NOT_FOUND, List.of(FIX_CONFIGURATION, SWITCH_REGION)),
                // the unknown never throws a token away: it offers the bundle, not a new sign-in
                Arguments.of(FailureKind.UNKNOWN, List.of(CONTACT_SUPPORT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void remediesComeInTheirOrder(FailureKind kind, List<Remedy.Action> expected) {
        assertThat(RemedyCatalog.forKind(kind, null)).extracting(Remedy::action).containsExactlyElementsOf(expected);
    }

    @Test
    void theTableCoversEveryKind() {
        assertThat(orders().map(a -> a.get()[0]).toList()).containsExactlyInAnyOrder((Object[]) FailureKind.values());
    }

    @ParameterizedTest
    @EnumSource(FailureKind.class)
    void aJwtAppOrADeviceIsNeverToldToRefresh(FailureKind kind) {
        List<Remedy.Action> jwt = RemedyCatalog.forKind(kind, null, Flow.JWT).stream().map(Remedy::action).toList();
        List<Remedy.Action> device = RemedyCatalog.forKind(kind, null, Flow.DEVICE).stream().map(Remedy::action).toList();

        assertThat(jwt).doesNotContain(REFRESH_NOW, METHOD1_REAUTHORIZE, METHOD2_CLEAR_ENTRY, METHOD3_CONSOLE);
        assertThat(device).doesNotContain(METHOD1_REAUTHORIZE, METHOD3_CONSOLE);
        if (kind == FailureKind.DEVICE_CODE_EXPIRED) {
            assertThat(device).doesNotContain(REFRESH_NOW).first().isEqualTo(RESTART_DEVICE_FLOW);
        }
    }

    @Test
    void aJwtAppChecksItsKeyKidAndRegionFirst() {
        for (FailureKind kind : List.of(FailureKind.JWT_REJECTED, FailureKind.REGION_MISMATCH, FailureKind.INVALID_CLIENT)) {
            assertThat(RemedyCatalog.forKind(kind, null, Flow.JWT).get(0).instruction())
                    .isEqualTo(Msg.of("remedy.FIX_CONFIGURATION.jwtKey"));
        }
        assertThat(RemedyCatalog.forKind(FailureKind.ACCESS_TOKEN_EXPIRED, null, Flow.JWT)).extracting(Remedy::action)
                .first().isEqualTo(SIGN_NEW_JWT);
        assertThat(RemedyCatalog.forKind(FailureKind.CONSENT_DENIED, null, Flow.DEVICE)).extracting(Remedy::action)
                .containsExactly(RESTART_DEVICE_FLOW);
    }

    @Test
    void theAppCanDoOnlyWhatIsInItsReach() {
        Set<Remedy.Action> automatable = EnumSet.noneOf(Remedy.Action.class);
        for (Remedy.Action action : Remedy.Action.values()) {
            if (action.automatable()) {
                automatable.add(action);
            }
        }
        // the app refreshes, signs in in its WebView, clears its own store, signs a JWT it holds the key for,
        // checks the network and retries; it cannot touch a console config, the system clock or Coze permissions
        assertThat(automatable).containsExactlyInAnyOrder(REFRESH_NOW, METHOD1_REAUTHORIZE, METHOD2_CLEAR_ENTRY,
                SIGN_NEW_JWT, CHECK_NETWORK, WAIT_AND_RETRY);
        assertThat(Remedy.of(METHOD3_CONSOLE).automatable()).isFalse();
        assertThat(Remedy.of(FIX_CONFIGURATION).automatable()).isFalse();
        assertThat(Remedy.of(CORRECT_CLOCK).automatable()).isFalse();
        assertThat(Remedy.of(ENABLE_PERMISSION).automatable()).isFalse();
    }

    @Test
    void aLogidAddsSupportLastOrFillsTheSupportStep() {
        List<Remedy> expired = RemedyCatalog.forKind(FailureKind.ACCESS_TOKEN_EXPIRED, "LOGID0123456789ABCDEF");
        List<Remedy> risk = RemedyCatalog.forKind(FailureKind.RISK_CONTROL, "LOGID0123456789ABCDEF");

        assertThat(expired).last().extracting(Remedy::instruction)
                .isEqualTo(Msg.of("remedy.CONTACT_SUPPORT.logid", "LOGID0123456789ABCDEF"));
        assertThat(risk).extracting(Remedy::action).containsExactly(CONTACT_SUPPORT, WAIT_AND_RETRY);
        assertThat(risk.get(0).instruction().args()).containsExactly("LOGID0123456789ABCDEF");
    }

    @Test
    void method3IsTheGuidesConsoleLine() {
        assertThat(new Messages(Messages.ENGLISH).format(Remedy.of(METHOD3_CONSOLE).instruction()))
                .contains("localStorage.removeItem('coze_oauth_tokens'); location.reload();");
        assertThat(new Messages(Messages.CHINESE).format(Remedy.of(METHOD3_CONSOLE).instruction()))
                .contains("localStorage.removeItem('coze_oauth_tokens'); location.reload();");
    }

    @ParameterizedTest
    @EnumSource(FailureKind.class)
    void everyKindAndItsRemediesHaveWordsInBothLanguages(FailureKind kind) {
        for (Messages messages : LANGUAGES) {
            assertThat(messages.has(kind.title().key())).as(kind.title().key()).isTrue();
            assertThat(messages.has(kind.explanation().key())).as(kind.explanation().key()).isTrue();
            for (Remedy remedy : RemedyCatalog.forKind(kind, "LOGID0123456789ABCDEF")) {
                assertThat(messages.format(remedy.instruction())).as(remedy.instruction().key()).doesNotStartWith("!");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Remedy.Action.class)
    void everyActionHasADefaultWording(Remedy.Action action) {
        for (Messages messages : LANGUAGES) {
            assertThat(messages.has(Remedy.of(action).instruction().key())).isTrue();
        }
    }
}
