package dev.tokendoctor.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    /** Every message key the core uses is a string literal with one of these prefixes. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:parse|interp|warn|health|failure|remedy|diag|config|severity)\\.[A-Za-z0-9_.]+)\"");
    private static final Path CORE_SOURCES = Path.of("src/main/java/dev/tokendoctor/core");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    private static final Properties ENGLISH = load("messages.properties");
    private static final Properties CHINESE = load("messages_zh_CN.properties");

    @Test
    void everyKeyUsedInCoreExistsInBothBundles() {
        Set<String> used = keysUsedInCore();

        assertThat(used).hasSizeGreaterThan(40).contains("parse.empty", "health.valid", "warn.farFuture");
        assertThat(ENGLISH.stringPropertyNames()).containsAll(used);
        assertThat(CHINESE.stringPropertyNames()).containsAll(used);
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(new TreeSet<>(CHINESE.stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(ENGLISH.stringPropertyNames()));
    }

    @Test
    void bothBundlesTakeTheSameArguments() {
        for (String key : ENGLISH.stringPropertyNames()) {
            assertThat(argumentCount(CHINESE.getProperty(key))).as(key).isEqualTo(argumentCount(ENGLISH.getProperty(key)));
        }
    }

    @Test
    void everyMessageRendersCleanlyInBothLanguages() {
        for (Locale locale : new Locale[] {Messages.ENGLISH, Messages.CHINESE}) {
            Messages messages = new Messages(locale);
            for (String key : ENGLISH.stringPropertyNames()) {
                // a count chosen by plural ({0,choice,...}) takes a number
                boolean counts = ENGLISH.getProperty(key).contains(",choice,");
                Object[] args = Stream.generate(() -> counts ? (Object) 2 : "ARG").limit(argumentCount(ENGLISH.getProperty(key))).toArray();
                String text = messages.format(Msg.of(key, args));
                assertThat(text).as(locale + " " + key)
                        .doesNotStartWith("!").doesNotContain("''").doesNotContain("{").isNotBlank();
                if (!counts) {
                    assertThat(count(text, "ARG")).as(locale + " " + key).isEqualTo(args.length);
                }
            }
        }
    }

    @Test
    void theChineseBundleRendersChinese() {
        for (String key : CHINESE.stringPropertyNames()) {
            if (key.equals("settings.language.en") || key.equals("report.source.text")) {
                continue; // a language is named in its own language in the picker; a file name is shown as is
            }
            assertThat(CJK.matcher(CHINESE.getProperty(key)).find()).as(key).isTrue();
        }
        Messages chinese = new Messages(Locale.forLanguageTag("zh-TW"));
        assertThat(chinese.locale()).isEqualTo(Messages.CHINESE);
        assertThat(chinese.format(Msg.of("health.missing"))).isEqualTo("没有保存任何令牌。");
        assertThat(chinese.format(Msg.of("health.expired", "00:05:00"))).isEqualTo("访问令牌已于 00:05:00 前过期。");
    }

    @Test
    void aDurationInASentenceIsToTheSecondOnlyInItsLastHour() {
        Messages english = new Messages(Messages.ENGLISH);
        Messages chinese = new Messages(Messages.CHINESE);
        java.time.Duration almostAnHour = java.time.Duration.ofMinutes(59).plusSeconds(59);
        assertThat(english.roughDuration(almostAnHour)).isEqualTo("00:59:59");
        assertThat(english.roughDuration(java.time.Duration.ofHours(1))).isEqualTo("1 h 0 min");
        assertThat(english.roughDuration(java.time.Duration.ofDays(1).minusSeconds(1))).isEqualTo("23 h 59 min");
        assertThat(chinese.roughDuration(java.time.Duration.ofDays(1).minusSeconds(1))).isEqualTo("23小时59分钟");
        assertThat(english.roughDuration(java.time.Duration.ofDays(30).minusSeconds(1))).isEqualTo("29 d 23 h");
        assertThat(chinese.roughDuration(java.time.Duration.ofDays(30).minusSeconds(1))).isEqualTo("29天23小时");
        assertThat(english.roughDuration(java.time.Duration.ofHours(-3))).isEqualTo("-3 h 0 min");
        // the countdown's own text stays to the second at any distance
        assertThat(english.duration(java.time.Duration.ofDays(30).minusSeconds(1))).isEqualTo("29d 23:59:59");
        // and so do sentences, through their Duration arguments
        assertThat(english.format(Msg.of("health.valid", java.time.Duration.ofHours(5).plusSeconds(7)))).contains("5 h 0 min");
        assertThat(english.format(Msg.of("health.valid", java.time.Duration.ofMinutes(5).plusSeconds(7)))).contains("00:05:07");
    }

    @Test
    void oneMessagesRendersTheSameKeyFromManyThreadsAtOnce() throws Exception {
        // the parsed patterns are shared; each rendering must still get its own arguments
        Messages english = new Messages(Messages.ENGLISH);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> checks = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                checks.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        String place = "line " + thread + "-" + i;
                        if (!english.get("interp.jwtExp", place).contains(place)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> check : checks) {
                assertThat(check.get(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aQuoteIsRenderedOnceWithOrWithoutArguments() {
        Messages english = new Messages(Messages.ENGLISH);

        assertThat(english.format(Msg.of("warn.jwtUnverified"))).startsWith("The JWT's signature");
        assertThat(english.format(Msg.of("interp.jwtExp", "2026-11-27T10:15:00Z")))
                .isEqualTo("Expiry taken from the JWT's exp claim: 2026-11-27T10:15:00Z.");
    }

    @Test
    void nestedMessagesAreRenderedInTheSameLanguage() {
        Msg inner = Msg.of("parse.empty");

        assertThat(new Messages(Messages.CHINESE).format(Msg.of("parse.innerJson", "$.data", inner)))
                .contains("输入为空");
    }

    @Test
    void languagesAreChosenFromTags() {
        assertThat(Messages.parseLanguage("zh-CN")).isEqualTo(Messages.CHINESE);
        assertThat(Messages.parseLanguage("en_US")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.parseLanguage("fr")).isNull();
        assertThat(Messages.supported(Locale.FRENCH)).isEqualTo(Messages.ENGLISH);
        assertThat(new Messages(Messages.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
    }

    static Set<String> keysUsedInCore() {
        try (Stream<Path> files = Files.walk(CORE_SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(MessagesTest::keyLiterals)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyPatternShowsNumbersExactlyAsMessageFormatItselfWould() {
        // Messages keeps one NumberFormat for a plain {n} instead of MessageFormat's new one per argument
        Object[][] argumentSets = {
            {12345, 2.5, 7L, 0, -3, 1234567.891, 100, 1},
            {1, 0, 2, 1L, 3.0, 99999, 42, 5},
        };
        for (Locale locale : new Locale[] {Messages.ENGLISH, Messages.CHINESE}) {
            Messages messages = new Messages(locale);
            Properties bundle = locale == Messages.ENGLISH ? ENGLISH : CHINESE;
            for (String key : bundle.stringPropertyNames()) {
                for (Object[] args : argumentSets) {
                    String expected = new MessageFormat(bundle.getProperty(key), locale).format(args);
                    assertThat(messages.get(key, args)).as("%s in %s", key, locale).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aTextAViewReadsStraightFromTheBundleHasNoDoubledQuote() throws IOException {
        // views read their fixed texts with getString; a pattern's '' would show as two quotes there
        Pattern raw = Pattern.compile("getString\\(\"([A-Za-z0-9_.]+)\"\\)");
        Set<String> keys = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java/dev/tokendoctor/ui"), Path.of("src/main/java/dev/tokendoctor/app"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = raw.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(50);
        for (String key : keys) {
            for (Properties bundle : List.of(ENGLISH, CHINESE)) {
                assertThat(bundle.getProperty(key, "")).as(key + ": read it with BundleText.of").doesNotContain("''");
            }
        }
    }

    private static Stream<String> keyLiterals(Path file) {
        try {
            Matcher m = KEY_LITERAL.matcher(Files.readString(file));
            Stream.Builder<String> keys = Stream.builder();
            while (m.find()) {
                keys.add(m.group(1));
            }
            return keys.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int argumentCount(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/tokendoctor/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
