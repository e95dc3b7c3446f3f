package dev.tokendoctor.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.core.token.TokenRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 13 item 5: what the token parser accepts, the store writes and reads back identically —
 * tiny {@code iat}, issue times before 1970, {@code Bearer {abc}}, expiries in 1971 and the year
 * 10000, lone surrogates.
 */
class StoreRoundTripProperties {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    private static Path dir;
    private static StoredTokens stored;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("roundtrip");
        stored = new StoredTokens(new FileTokenStore(dir, CLOCK), new TokenParser(CLOCK));
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property
    void everyRecordComesBackAsSaved(@ForAll("records") TokenRecord record) throws IOException {
        assertRoundTrip(record);
    }

    @Property
    void whatTheParserAcceptsComesBackAsParsed(@ForAll("parserInputs") String input) throws IOException {
        if (new TokenParser(CLOCK).parse(input) instanceof ParseResult.Parsed parsed) {
            assertRoundTrip(parsed.record());
        }
    }

    @Example
    void theCasesTheProbeFound() throws IOException {
        TokenParser parser = new TokenParser(CLOCK);
        for (String input : new String[] {"Bearer {abc}", "{\"access_token\":\"abc\",\"obtained_at\":-86400,\"expires_in\":3600}",
                "{\"access_token\":\"abc\",\"expires_at\":\"1971-01-01T00:00:00Z\"}",
                "{\"access_token\":\"abc\",\"expires_at\":\"+10000-01-01T00:00:00Z\"}",
                "{\"access_token\":\"a\\udc00b\"}", jwtWithIat(5)}) {
            ParseResult result = parser.parse(input);
            if (result instanceof ParseResult.Parsed parsed) {
                assertRoundTrip(parsed.record());
            }
        }
        assertRoundTrip(new TokenRecord("a\uDC00b", "r\uD800", Instant.parse("1971-01-01T00:00:00Z"),
                Instant.parse("1969-12-31T23:59:59.5Z"), Instant.ofEpochSecond(5), "Bearer", null));
        assertRoundTrip(new TokenRecord("{abc}", null, Instant.parse("+10000-01-01T00:00:00Z"), null, null, null, null));
    }

    private static void assertRoundTrip(TokenRecord record) throws IOException {
        stored.save(record);
        StoredTokens.Loaded loaded = stored.load();
        assertThat(loaded).isInstanceOf(StoredTokens.Found.class);
        TokenRecord back = ((StoredTokens.Found) loaded).parsed().record();
        assertThat(back.accessToken()).isEqualTo(record.accessToken());
        assertThat(back.refreshToken()).isEqualTo(record.refreshToken());
        assertThat(back.expiresAt()).isEqualTo(record.expiresAt());
        assertThat(back.issuedAt()).isEqualTo(record.issuedAt());
        assertThat(back.refreshIssuedAt()).isEqualTo(record.refreshIssuedAt());
        assertThat(back.tokenType()).isEqualTo(record.tokenType());
    }

    private static String jwtWithIat(long iat) {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + b64.encodeToString(("{\"iat\":" + iat + "}").getBytes()) + ".sig";
    }

    @Provide
    Arbitrary<TokenRecord> records() {
        Arbitrary<String> token = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(80).filter(s -> !s.isBlank());
        Arbitrary<String> maybe = Arbitraries.oneOf(token, Arbitraries.just(null));
        Arbitrary<Instant> time = Arbitraries.oneOf(
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                        .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n))),
                Arbitraries.longs().between(-3_000_000_000L, 300_000_000_000L).map(Instant::ofEpochSecond),
                Arbitraries.of(Instant.EPOCH, Instant.ofEpochSecond(5), Instant.parse("1971-01-01T00:00:00Z"),
                        Instant.parse("+10000-01-01T00:00:00Z"), Instant.ofEpochSecond(-1)));
        Arbitrary<Instant> maybeTime = Arbitraries.oneOf(time, Arbitraries.just(null));
        Arbitrary<String> type = Arbitraries.oneOf(Arbitraries.of("Bearer", "bearer", "", "MAC"), token, Arbitraries.just(null));
        return Combinators.combine(token, maybe, maybeTime, maybeTime, maybeTime, type)
                .as((a, r, e, i, ri, t) -> new TokenRecord(a, r, e, i, ri, t, null));
    }

    @Provide
    Arbitrary<String> parserInputs() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.longs().between(-100_000_000_000L, 400_000_000_000_000L).map(String::valueOf),
                Arbitraries.strings().all().ofMaxLength(20).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
                Arbitraries.of("\"1971-01-01T00:00:00Z\"", "\"+10000-01-01T00:00:00Z\"", "\"1969-07-20T20:17:40Z\"", "1.5", "-0", "null"));
        Arbitrary<String> field = Arbitraries.of("expires_in", "expires_at", "expiresAt", "obtained_at", "iat", "issued_at",
                "refresh_issued_at", "token_type", "created_at", "expires");
        Arbitrary<String> access = Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40),
                Arbitraries.of("{abc}", "czu_abc", "a\\udc00b", "Bearer x"));
        Arbitrary<String> json = Combinators.combine(access, field.list().ofMaxSize(4), value.list().ofSize(4))
                .as((a, fields, values) -> {
                    StringBuilder out = new StringBuilder("{\"access_token\":\"").append(a).append('"');
                    for (int i = 0; i < fields.size(); i++) {
                        out.append(",\"").append(fields.get(i)).append("\":").append(values.get(i));
                    }
                    return out.append('}').toString();
                });
        Arbitrary<String> bare = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60).map(s -> "Bearer " + s);
        return Arbitraries.oneOf(json, bare, Arbitraries.strings().all().ofMaxLength(80));
    }
}
