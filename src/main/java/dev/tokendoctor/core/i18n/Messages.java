package dev.tokendoctor.core.i18n;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders {@link Msg}s and plain keys in one language. The bundles live in
 * {@code dev/tokendoctor/i18n/messages*.properties} (UTF-8), English as the base and
 * {@code zh_CN} for Chinese.
 */
public final class Messages {

    public static final String BUNDLE = "dev.tokendoctor.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final ResourceBundle bundle;
    /**
     * Parsed patterns by key: the Status screen renders a dozen sentences every second, and parsing
     * each pattern anew allocated about 45 KB a second while idle. MessageFormat is not thread-safe,
     * so one is used under its own lock (the CLI and background work render too).
     */
    private final Map<String, Pattern> formats = new ConcurrentHashMap<>();
    /**
     * What MessageFormat would build for a number in a plain {@code {0}}, kept: it builds a new one
     * (and looks the locale's symbols up again) for every such argument. Not thread-safe: used under its lock.
     */
    private final NumberFormat numbers;

    /** A parsed pattern and, by argument, whether it is a plain {@code {n}} (no type of its own). */
    private record Pattern(MessageFormat format, boolean[] plain) {
        static Pattern of(String pattern, Locale locale) {
            MessageFormat format = new MessageFormat(pattern, locale);
            Format[] byArgument = format.getFormatsByArgumentIndex();
            boolean[] plain = new boolean[byArgument.length];
            for (int i = 0; i < plain.length; i++) {
                plain[i] = byArgument[i] == null;
            }
            return new Pattern(format, plain);
        }

        boolean plain(int argument) {
            return argument < plain.length && plain[argument];
        }
    }

    public Messages(Locale locale) {
        this.locale = supported(locale);
        // messages_en exists (empty, inheriting the base) so that English never falls back to
        // the default locale's bundle on a Chinese system; a Control is not allowed in a named module.
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale);
        this.numbers = NumberFormat.getInstance(this.locale);
    }

    /** Chinese for any Chinese locale, English for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** Parses {@code zh}/{@code en} (and forms like {@code zh_CN}, {@code en-US}); null if neither. */
    public static Locale parseLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String lang = tag.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        if (lang.equals("zh") || lang.startsWith("zh_")) {
            return CHINESE;
        }
        if (lang.equals("en") || lang.startsWith("en_")) {
            return ENGLISH;
        }
        return null;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        // Always through MessageFormat: the bundles write a quote as '', with or without arguments.
        Pattern parsed = formats.computeIfAbsent(key, k -> Pattern.of(pattern, locale));
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            shown[i] = a instanceof Duration d ? roughDuration(d)
                    : a instanceof JsonPlace j ? j.shown(this)
                    : a instanceof Number n && parsed.plain(i) ? number(n)
                    : a;
        }
        MessageFormat format = parsed.format();
        synchronized (format) {
            return format.format(shown);
        }
    }

    /** A number as a plain {@code {n}} shows it: {@code 12,345} (the same in both languages). */
    private String number(Number n) {
        synchronized (numbers) {
            return numbers.format(n);
        }
    }

    /**
     * A duration in this language: {@code 09:05:03}, past a day {@code 29d 23:59:59} in English and
     * {@code 29天 23:59:59} in Chinese, so that a Chinese sentence stays Chinese.
     */
    public String duration(Duration d) {
        String sign = d.isNegative() ? "-" : "";
        Duration a = d.abs();
        long days = a.toDays();
        long seconds = a.getSeconds() % 86_400;
        // by hand, not String.format: the countdown renders this every second, and a Formatter parses its pattern with a regex each time
        String hms = twoDigits(seconds / 3600) + ":" + twoDigits(seconds % 3600 / 60) + ":" + twoDigits(seconds % 60);
        return sign + (days > 0 ? get("duration.days", String.valueOf(days), hms) : hms);
    }

    private static String twoDigits(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }

    /**
     * A duration as a sentence or a detail gives it: to the second within the last hour
     * ({@code 00:42:05}), to the minute within a day ({@code 23 h 31 min}), to the hour beyond
     * ({@code 29 d 23 h}). Only the big countdown counts every second; a time far off that changed
     * on screen every second would say nothing more and cost a repaint a second (docs/performance.md).
     */
    public String roughDuration(Duration d) {
        Duration a = d.abs();
        if (a.compareTo(Duration.ofHours(1)) < 0) {
            return duration(d);
        }
        String sign = d.isNegative() ? "-" : "";
        return sign + (a.toDays() > 0 ? get("duration.daysHours", String.valueOf(a.toDays()), String.valueOf(a.toHoursPart()))
                : get("duration.hoursMinutes", String.valueOf(a.toHours()), String.valueOf(a.toMinutesPart())));
    }

    public String format(Msg msg) {
        Object[] args = msg.args().stream()
                .map(a -> a instanceof Msg inner ? format(inner) : a)
                .toArray();
        return get(msg.key(), args);
    }
}
