package dev.tokendoctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.TokenKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string the UI and the app show comes from the bundles, in both languages. */
class UiBundleTest {

    /** {@code get("key"}, {@code getString("key"}, {@code Msg.of("key"}, and keys handed to helpers such as {@code button(id, "key", …)}. */
    private static final Pattern LITERAL_KEY = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final List<String> PREFIXES = List.of("app.", "nav.", "dialog.", "cli.", "source.", "state.", "kind.",
            "status.", "paste.", "action.", "clear.", "info.", "error.", "notify.", "card.", "ticket.", "settings.", "netlog.", "signin.", "connection.", "outcome.", "wizard.", "inspector.", "webapp.");

    @Test
    void everyKeyLiteralInUiAndAppCodeExistsInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Messages m : new Messages[] {new Messages(Messages.ENGLISH), new Messages(Messages.CHINESE)}) {
            for (String key : literalKeys()) {
                if (!m.has(key)) {
                    missing.add(m.locale() + ":" + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void keysBuiltFromEnumsExistForEveryConstant() {
        for (Messages m : new Messages[] {new Messages(Messages.ENGLISH), new Messages(Messages.CHINESE)}) {
            for (HealthState state : HealthState.values()) {
                assertThat(m.has("state." + state)).as("state." + state).isTrue();
                assertThat(m.has("card." + state + ".title")).as("card." + state + ".title").isTrue();
                if (state.needsAction()) {
                    assertThat(m.has("card." + state + ".step1")).as("card." + state + ".step1").isTrue();
                }
            }
            for (TokenKind kind : TokenKind.values()) {
                assertThat(m.has("kind." + kind)).as("kind." + kind).isTrue();
            }
        }
    }

    @Test
    void theGuidesConsoleLinesKeepTheirQuotes() {
        String step = new Messages(Messages.ENGLISH).get("card.EXPIRED_REAUTH_NEEDED.step3");
        assertThat(step).contains("localStorage.removeItem('coze_oauth_tokens'); location.reload();");
        assertThat(new Messages(Messages.CHINESE).get("card.EXPIRED_REAUTH_NEEDED.step3"))
                .contains("localStorage.removeItem('coze_oauth_tokens'); location.reload();");
    }

    private static List<String> literalKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String dir : new String[] {"src/main/java/dev/tokendoctor/ui", "src/main/java/dev/tokendoctor/app"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher matcher = LITERAL_KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        String key = matcher.group(1);
                        if (PREFIXES.stream().anyMatch(key::startsWith) && !key.endsWith(".")) {
                            keys.add(key);
                        }
                    }
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(40);
        return keys;
    }
}
