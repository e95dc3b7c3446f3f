package dev.tokendoctor.storage.tokens;

import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.Fingerprint;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.ParseProblem;
import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.storage.source.ProgressListener;
import dev.tokendoctor.storage.source.ScanCollector;
import dev.tokendoctor.storage.source.ScanError;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.source.ScanSink;
import dev.tokendoctor.storage.source.StorageEntry;
import dev.tokendoctor.storage.source.StorageSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Finds tokens in scanned stores: every {@code coze_oauth_tokens} entry (even unreadable ones,
 * which are MALFORMED), and every other value that looks like a token — a JWT, a {@code czu_},
 * {@code czs_} or {@code pat_} string, or JSON holding an access token — each judged now.
 */
public final class TokenFinder {

    public static final String KEY = "coze_oauth_tokens";
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern PREFIXED = Pattern.compile("(czu_|czs_|pat_)[A-Za-z0-9_.-]{8,}");
    /** A token record is small; a value past this is not worth parsing unless its key names it. */
    private static final int MAX_GUESS_CHARS = 64 * 1024;

    private final TokenParser parser;
    private final HealthEvaluator evaluator;
    private final Clock clock;

    public TokenFinder(TokenParser parser, HealthEvaluator evaluator, Clock clock) {
        this.parser = parser;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    /** The same token judged again at this moment (a verdict ages: "expiring soon" becomes "expired"). */
    public FoundToken again(FoundToken t) {
        return again(t, clock.instant());
    }

    /** The same token judged again at {@code now}. */
    public FoundToken again(FoundToken t, Instant now) {
        return new FoundToken(t.sourceId(), t.sourceKind(), t.sourceName(), t.writable(), t.origin(), t.key(), t.file(),
                t.lastModified(), t.namedKey(), t.parse(), evaluator.evaluate(t.parse(), now), t.fingerprint());
    }

    /** The finder's clock, read once: what {@link #again} and {@link #verdictHoldsUntil} are judged at. */
    public Instant now() {
        return clock.instant();
    }

    /** The thresholds the verdicts are judged by (the settings can change them). */
    public HealthPolicy policy() {
        return evaluator.policy();
    }

    /** Until when {@code t}'s state, judged at {@code now}, stays the same (see {@link HealthEvaluator#stateHoldsUntil}). */
    public Instant verdictHoldsUntil(FoundToken t, Instant now) {
        return evaluator.stateHoldsUntil(t.parse(), now);
    }

    public List<FoundToken> find(List<ScanResult> results) {
        List<FoundToken> found = new ArrayList<>();
        results.forEach(r -> found.addAll(find(r)));
        return found;
    }

    public List<FoundToken> find(ScanResult result) {
        Instant now = clock.instant();
        List<FoundToken> found = new ArrayList<>();
        result.entries().forEach(entry -> {
            boolean named = KEY.equals(entry.key());
            if (named || looksLikeToken(entry.value())) {
                ParseResult parse = entry.truncated() ? tooLarge(entry) : parser.parse(entry.value());
                if (named || parse instanceof ParseResult.Parsed) {
                    found.add(new FoundToken(result.sourceId(), result.kind(), result.displayName(), result.writable(),
                            entry.origin(), entry.key(), entry.file(), entry.lastModified(), named, parse,
                            evaluator.evaluate(parse, now), Fingerprint.of(entry.value())));
                }
            }
        });
        return found;
    }

    private static ParseResult tooLarge(StorageEntry entry) {
        return new ParseResult.Rejected(new ParseProblem(ParseProblem.Code.TOO_LARGE, "input", Msg.of("parse.tooLarge",
                String.format(java.util.Locale.ROOT, "%.1f", entry.sizeBytes() / 1048576.0), TokenParser.MAX_CHARS / 1024)));
    }

    /**
     * Scans {@code source} keeping keys, sizes and the values the finder needs (tokens), not the
     * rest: the Inspector's path, whose memory then grows with the keys, not the store.
     */
    public static ScanResult scanKeepingTokens(StorageSource source, BooleanSupplier cancelled) {
        ScanCollector collector = new ScanCollector(ScanCollector.DEFAULT_MAX_VALUE_CHARS, TokenFinder::worthParsing);
        source.scan(new ScanSink() {
            @Override
            public void entry(StorageEntry entry) {
                collector.entry(entry);
            }

            @Override
            public void error(ScanError error) {
                collector.error(error);
            }

            @Override
            public boolean needsValue(String key, int firstChar) {
                return KEY.equals(key) || mayStartToken(firstChar);
            }
        }, ProgressListener.NONE, cancelled);
        return collector.result(source);
    }

    /** Whether {@link #find} would look at this entry's value. */
    public static boolean worthParsing(StorageEntry entry) {
        return KEY.equals(entry.key()) || looksLikeToken(entry.value());
    }

    /** Whether {@link #looksLikeToken} could answer true for a value starting (after white space) with {@code c}. */
    static boolean mayStartToken(int c) {
        return c == '{' || c == '"' || c == 'B' || c == 'c' || c == 'p' || c == 'e';
    }

    /** Whether a value is worth handing to the parser without its key saying it is a token. */
    public static boolean looksLikeToken(String value) {
        if (value == null || value.length() > MAX_GUESS_CHARS) {
            return false;
        }
        String v = value.strip();
        if (v.startsWith("Bearer ")) {
            v = v.substring(7).strip();
        }
        if (v.startsWith("{") || v.startsWith("\"{")) {
            return v.contains("access_token") || v.contains("accessToken");
        }
        return PREFIXED.matcher(v).matches() || JWT.matcher(v).matches();
    }

    /**
     * The freshest readable {@code coze_oauth_tokens}: the one that expires last; when expiries do
     * not decide (unknown or equal), the one whose store changed last.
     */
    public Optional<Freshest> freshest(List<FoundToken> found) {
        List<FoundToken> candidates = found.stream().filter(FoundToken::namedKey).filter(t -> t.record().isPresent()).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Comparator<FoundToken> byExpiry = Comparator.comparing(t -> t.expiresAt().orElse(null),
                Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
        Comparator<FoundToken> byModified = Comparator.comparing(FoundToken::lastModified,
                Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
        FoundToken best = candidates.stream().max(byExpiry.thenComparing(byModified)).orElseThrow();
        if (candidates.size() == 1) {
            return Optional.of(new Freshest(best, Freshest.Basis.ONLY, Msg.of("storage.freshest.only", best.sourceName(), best.origin())));
        }
        long sameExpiry = candidates.stream().filter(t -> byExpiry.compare(t, best) == 0).count();
        if (best.expiresAt().isPresent() && sameExpiry == 1) {
            return Optional.of(new Freshest(best, Freshest.Basis.EXPIRY, Msg.of("storage.freshest.expiry",
                    best.sourceName(), best.origin(), best.expiresAt().get().toString())));
        }
        return Optional.of(new Freshest(best, Freshest.Basis.LAST_MODIFIED, Msg.of("storage.freshest.modified",
                best.sourceName(), best.origin(), String.valueOf(best.lastModified()))));
    }
}
