package dev.tokendoctor.core.token;

import static dev.tokendoctor.core.token.Fixtures.EXP_S;
import static dev.tokendoctor.core.token.Fixtures.NOW;
import static dev.tokendoctor.core.token.Fixtures.NOW_S;
import static dev.tokendoctor.core.token.Fixtures.b64;
import static dev.tokendoctor.core.token.Fixtures.encode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.ParseResult.Parsed;
import dev.tokendoctor.core.token.ParseResult.Rejected;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A distinctive secret planted in tokens must never come out in any text the core produces. */
class SecretCanaryTest {

    private static final String CANARY = "QX7canaryZ9";
    private static final String ACCESS = "czu_" + CANARY + "0123456789abcdefABCDEF";
    private static final String REFRESH = "rt" + CANARY + "0123456789abcdef";
    private static final String JWT = b64("{\"alg\":\"RS256\"}") + "." + b64("{\"exp\":" + EXP_S + "}") + ".sig" + CANARY;
    private static final String HEADER = b64("{\"alg\":\"RS256\"}");
    private static final Messages[] LANGUAGES = {new Messages(Messages.ENGLISH), new Messages(Messages.CHINESE)};

    static Stream<String> inputs() {
        String coze = "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + REFRESH + "\",\"expires_in\":" + EXP_S + "}";
        return Stream.of(
                // accepted
                coze,
                "{\"accessToken\":\"" + ACCESS + "\",\"refreshToken\":\"" + REFRESH + "\",\"expiresAt\":" + EXP_S + "}",
                "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + REFRESH + "\",\"expires_in\":900}",
                "{\"accessToken\":\"" + ACCESS + "\",\"expiresAt\":" + (NOW_S + EXP_S) * 1000 + "}",
                encode(encode(coze)),
                "{\"data\":{\"tokens\":" + encode(coze) + "}}",
                ACCESS,
                "Bearer " + ACCESS,
                "'" + ACCESS + "'",
                JWT,
                "{\"access_token\":\"" + JWT + "\",\"expires_in\":" + (EXP_S + 7200) + "}",
                b64("{\"alg\":\"none\"}") + "." + b64("{\"nbf\":" + (NOW_S + 999) + "}") + "." + CANARY,
                // refused
                "{\"access_token\": " + ACCESS + "}",
                "{access_token: \"" + ACCESS + "\"}",
                "{\"access_token\":\"" + ACCESS + "\",\"expires_in\": " + ACCESS + "}",
                "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\": " + REFRESH + "}",
                "{\"access_token\":\"" + ACCESS + "\"} " + ACCESS,
                "{\"data\":" + encode("{\"access_token\": " + ACCESS + "}") + "}",
                "{\"access_token\":\"" + ACCESS + " " + REFRESH + "\"}",
                "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + REFRESH + " x\"}",
                "{\"access_token\":\"" + ACCESS + "\",\"expires_at\":\"" + REFRESH + "\"}",
                "{\"access_token\":\"" + ACCESS + "\",\"obtained_at\":\"" + ACCESS + "\"}",
                "[\"" + ACCESS + "\"]",
                ACCESS + " " + REFRESH,
                ACCESS + "\u0001",
                JWT + ".four",
                HEADER + "." + CANARY + "@@." + CANARY,
                HEADER + "." + b64("{\"sub\":\"" + CANARY + "\"") + ".sig" + CANARY,
                HEADER + "." + b64("{\"exp\":\"" + CANARY + "\"}") + ".sig" + CANARY,
                "eyJ" + CANARY);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void neverLeaksFromText(String input) {
        assertNoCanary(Fixtures.parser().parse(input));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void neverLeaksFromBytes(String input) {
        assertNoCanary(Fixtures.parser().parse(input.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertNoCanary(ParseResult result) {
        List<String> texts = new ArrayList<>();
        List<Msg> messages = new ArrayList<>();
        texts.add(result.toString());
        if (result instanceof Parsed parsed) {
            texts.add(parsed.record().toString());
            texts.add(parsed.record().accessFingerprint().toString());
            texts.add(parsed.record().refreshFingerprint().toString());
            messages.add(parsed.reason());
            parsed.warnings().forEach(w -> {
                texts.add(w.toString());
                messages.add(w.message());
            });
        } else {
            ParseProblem problem = ((Rejected) result).problem();
            texts.add(problem.toString());
            texts.add(problem.where());
            messages.add(problem.message());
        }
        TokenHealth health = new HealthEvaluator(HealthPolicy.DEFAULT).evaluate(result, NOW);
        texts.add(health.toString());
        messages.addAll(health.reasons());
        for (Msg msg : messages) {
            texts.add(msg.toString());
            for (Messages language : LANGUAGES) {
                texts.add(language.format(msg));
            }
        }
        assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContainIgnoringCase(CANARY));
    }
}
