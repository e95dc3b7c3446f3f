package dev.tokendoctor.storage.tokens;

import static dev.tokendoctor.storage.BrowserFixtures.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.chromium.ChromiumStorageSource;
import dev.tokendoctor.storage.discovery.Browser;
import dev.tokendoctor.storage.source.AppStoreSource;
import dev.tokendoctor.storage.source.PastedSource;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.source.SourceKind;
import dev.tokendoctor.storage.sqlite.FirefoxStorageSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFinderTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    final TokenFinder finder = new TokenFinder(new TokenParser(CLOCK), new HealthEvaluator(HealthPolicy.DEFAULT), CLOCK);

    @TempDir
    Path dir;

    @Test
    void findsTheNamedKeyInEveryOriginAndJudgesIt() {
        ScanResult many = new ChromiumStorageSource("Chromium — Profile 1", BrowserFixtures.CHROMIUM_MANY_ORIGINS).scan();

        List<FoundToken> found = finder.find(many);

        assertThat(found).hasSize(4).allSatisfy(t -> {
            assertThat(t.namedKey()).isTrue();
            assertThat(t.key()).isEqualTo(KEY);
            assertThat(t.sourceKind()).isEqualTo(SourceKind.CHROMIUM);
            assertThat(t.writable()).isFalse();
            assertThat(t.health().state().expired()).isTrue(); // v1 expired in 2023
        });
    }

    @Test
    void findsTokenShapedValuesUnderOtherKeysButNotOrdinaryText() {
        ScanResult pasted = PastedSource.ofText("pasted", "czu_abcdefghijklmnop1234", CLOCK).scan();
        ScanResult text = PastedSource.ofText("pasted", "hello world, not a token", CLOCK).scan();

        assertThat(finder.find(pasted)).singleElement().satisfies(t -> {
            assertThat(t.namedKey()).isFalse();
            assertThat(t.health().state()).isEqualTo(HealthState.EXPIRY_UNKNOWN);
            assertThat(t.fingerprint().toString()).startsWith("czu_…(24)#").doesNotContain("abcdefgh");
        });
        assertThat(finder.find(text)).isEmpty();
        assertThat(TokenFinder.looksLikeToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln")).isTrue();
        assertThat(TokenFinder.looksLikeToken("{\"accessToken\":\"pat_x\"}")).isTrue();
        assertThat(TokenFinder.looksLikeToken("x".repeat(200_000))).isFalse();
    }

    @Test
    void anUnreadableNamedValueIsFoundAsMalformed() {
        ScanResult result = new ScanResult("s", SourceKind.PASTED, "s", false, List.of(new ScanResult.OriginEntries("o",
                List.of(new dev.tokendoctor.storage.source.StorageEntry("o", KEY, "{not json", 9, null, null, false)))), List.of());

        assertThat(finder.find(result)).singleElement()
                .satisfies(t -> assertThat(t.health().state()).isEqualTo(HealthState.MALFORMED));
    }

    @Test
    void picksTheFreshestAcrossChromeFirefoxAndTheAppStoreAndSaysWhy() throws Exception {
        FileTokenStore store = new FileTokenStore(dir, CLOCK);
        store.write("{\"access_token\":\"czu_app_store_token_1\",\"expires_in\":1800000000}".getBytes(StandardCharsets.UTF_8));
        List<ScanResult> results = List.of(
                new ChromiumStorageSource("Chromium — Default", BrowserFixtures.CHROMIUM_DEFAULT).scan(),
                new ChromiumStorageSource("Chromium — Profile 1", BrowserFixtures.CHROMIUM_MANY_ORIGINS).scan(),
                new FirefoxStorageSource("Firefox — default-release", BrowserFixtures.FIREFOX_PROFILE).scan(),
                new AppStoreSource("App", store).scan());

        List<FoundToken> found = finder.find(results);
        Freshest freshest = finder.freshest(found).orElseThrow();

        assertThat(found).filteredOn(FoundToken::namedKey).hasSize(4 + 1 + 2 + 1);
        // Chrome's Default and Firefox both hold v2 (expires 2100): equal expiry, so the later change wins.
        assertThat(freshest.token().record().orElseThrow().accessToken()).isEqualTo("czu_fixturev2_localhost8082");
        assertThat(freshest.basis()).isEqualTo(Freshest.Basis.LAST_MODIFIED);
        assertThat(freshest.why().key()).isEqualTo("storage.freshest.modified");
        assertThat(freshest.why().args()).contains(freshest.token().sourceName(), "http://localhost:8082");
    }

    @Test
    void aSingleLaterExpiryDecides() throws Exception {
        FileTokenStore store = new FileTokenStore(dir, CLOCK);
        store.write("{\"access_token\":\"czu_app_store_token_1\",\"expires_in\":4200000000}".getBytes(StandardCharsets.UTF_8));
        List<FoundToken> found = finder.find(List.of(
                new ChromiumStorageSource("Chromium", BrowserFixtures.CHROMIUM_DEFAULT).scan(),
                new AppStoreSource("App", store).scan()));

        Freshest freshest = finder.freshest(found).orElseThrow();

        assertThat(freshest.basis()).isEqualTo(Freshest.Basis.EXPIRY);
        assertThat(freshest.token().sourceKind()).isEqualTo(SourceKind.APP_STORE);
        assertThat(freshest.token().writable()).isTrue();
        assertThat(finder.freshest(List.of())).isEmpty();
    }

    @Test
    void guidanceEndsWithTheConsoleLine() {
        assertThat(BrowserGuidance.steps(Browser.CHROME, "http://localhost:8082")).extracting(m -> m.key())
                .contains("storage.guide.devtools.chromium", "storage.guide.console");
        assertThat(BrowserGuidance.steps(Browser.FIREFOX, "http://localhost:8082")).last()
                .extracting(m -> m.key()).isEqualTo("storage.guide.console");
        assertThat(BrowserGuidance.CONSOLE_LINE).isEqualTo("localStorage.removeItem('coze_oauth_tokens'); location.reload();");
    }
}
