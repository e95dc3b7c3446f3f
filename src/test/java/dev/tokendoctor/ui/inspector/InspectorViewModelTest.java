package dev.tokendoctor.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.storage.BrowserFixtures;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.storage.discovery.BrowserActivity;
import dev.tokendoctor.storage.tokens.TokenFinder;
import dev.tokendoctor.testing.RecordingNotifier;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.status.TokenStatusViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The inspector's view model over the real-browser fixtures, a fake live page and a temp app store. */
class InspectorViewModelTest extends InspectorTestBase {

    @Test
    void launchScanFindsBrowserProfilesInTheirStandardPlaceAndTheStatusScreenFollowsTheFreshest() throws Exception {
        BrowserFixtures.copy(BrowserFixtures.CHROMIUM_USER_DATA, home.resolve(".config/chromium"));
        BrowserFixtures.copy(BrowserFixtures.FIREFOX_ROOT, home.resolve(".mozilla/firefox"));

        vm.scanAll();

        assertThat(vm.scanningProperty().get()).isFalse();
        assertThat(vm.progressTextProperty().get()).startsWith("Read ");
        InspectorNode chromium = node(InspectorNode.Kind.GROUP, "Chromium");
        assertThat(chromium.children()).extracting(InspectorNode::label).contains("Chromium — Default", "Chromium — Profile 1");
        assertThat(chromium.count()).isGreaterThan(1);
        node(InspectorNode.Kind.GROUP, "Firefox");
        assertThat(actions.followed).hasSize(1);
        assertThat(actions.sources.get(0).key()).isEqualTo("source.freshest");
        assertThat(messages.format(actions.sources.get(0))).contains(BrowserFixtures.ORIGIN).contains("picked at launch");

        vm.scanAll();
        assertThat(actions.followed).as("only the launch scan picks a token").hasSize(1);

        // The same finds are offered to other screens (the wizard's Detect step), labelled without the value.
        assertThat(vm.tokenChoices()).isNotEmpty();
        assertThat(vm.tokenChoices()).allSatisfy(choice -> {
            assertThat(choice.label()).contains("coze_oauth_tokens").contains("…(");
            assertThat(choice.label()).doesNotContain(choice.value());
            assertThat(choice.toString()).doesNotContain(choice.value());
        });
    }

    /**
     * The tick (once a second) judges found tokens again only once one can have changed state; the
     * rows must still follow every rollover to the millisecond, and the clock set back.
     */
    @Test
    void aFoundTokensVerdictFollowsEachRolloverAndTheClockSetBack() throws Exception {
        Instant expiry = NOW.plus(Duration.ofHours(1));
        storeToken(expiry);
        vm.scanAll();
        vm.selectNode(node(InspectorNode.Kind.SOURCE, "The app's store").id());
        assertThat(row(BrowserFixtures.KEY).state()).isEqualTo(HealthState.VALID);
        Instant soon = expiry.minus(HealthPolicy.DEFAULT.expiringSoon());

        for (Instant t : List.of(NOW.plusSeconds(1), NOW.plus(Duration.ofMinutes(20)), soon.minusMillis(1))) {
            clock.set(t);
            vm.tick();
            assertThat(row(BrowserFixtures.KEY).state()).as("at %s", t).isEqualTo(HealthState.VALID);
        }
        clock.set(soon);
        vm.tick();
        assertThat(row(BrowserFixtures.KEY).state()).isEqualTo(HealthState.EXPIRING_SOON);
        clock.set(expiry.minusMillis(1));
        vm.tick();
        assertThat(row(BrowserFixtures.KEY).state()).isEqualTo(HealthState.EXPIRING_SOON);
        clock.set(expiry);
        vm.tick();
        assertThat(row(BrowserFixtures.KEY).state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);

        clock.set(NOW.plus(Duration.ofMinutes(30))); // the clock set back
        vm.tick();
        assertThat(row(BrowserFixtures.KEY).state()).isEqualTo(HealthState.VALID);

        storeToken(NOW.plus(Duration.ofMinutes(35))); // a new token, read again, is judged from scratch
        vm.scanAll();
        assertThat(row(BrowserFixtures.KEY).state()).isEqualTo(HealthState.EXPIRING_SOON);
        clock.set(NOW.plus(Duration.ofMinutes(35)));
        vm.tick();
        assertThat(row(BrowserFixtures.KEY).state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);
    }

    @Test
    void aReadOnlyBrowserShowsItsTokensAsFingerprintsAndOffersTheGuidesFixes() throws Exception {
        Path copy = BrowserFixtures.copy(BrowserFixtures.CHROMIUM_USER_DATA.resolve("Default"), dir.resolve("added/Default"));

        vm.addFolder(copy);

        InspectorNode origin = node(InspectorNode.Kind.ORIGIN, BrowserFixtures.ORIGIN);
        vm.selectNode(origin.id());
        EntryRow coze = row(BrowserFixtures.KEY);
        assertThat(coze.token()).isNotEmpty();
        assertThat(coze.state()).isNotNull();
        vm.selectRow(coze);
        assertThat(vm.valueProperty().get()).doesNotContain("czu_fixturev2_localhost8082").contains("czu_…(");
        assertThat(vm.canReveal().get()).isTrue();
        vm.revealedProperty().set(true);
        assertThat(vm.valueProperty().get()).contains("czu_fixturev2_localhost8082").contains("\n  \"access_token\"");

        assertThat(vm.canDelete().get()).isFalse();
        assertThat(vm.canClearCoze().get()).isFalse();
        assertThat(vm.noteProperty().get()).contains("only reads Chromium").contains("seems to be running")
                .contains("A Chromium process is running");
        assertThat(vm.guidance()).isNotEmpty();
        assertThat(vm.guidance().get(0)).contains(BrowserFixtures.ORIGIN);
        assertThat(String.join("\n", vm.guidance())).contains(console());
        assertThat(vm.consoleProperty().get()).isTrue();

        vm.copyConsoleLine();
        assertThat(clipboard.content).isEqualTo("localStorage.removeItem('coze_oauth_tokens'); location.reload();");
        vm.deleteSelected();
        vm.clearCozeTokens();
        assertThat(dialogs.confirmations).as("nothing is offered for deletion in a browser's store").isEmpty();
    }

    @Test
    void aDamagedStoreShowsAnErrorRowNamingTheFileAndTheOthersStillShow() throws Exception {
        Path broken = BrowserFixtures.copy(BrowserFixtures.CHROMIUM_DEFAULT, dir.resolve("broken"));
        Files.delete(broken.resolve("CURRENT"));
        storeToken(NOW.plus(Duration.ofHours(1)));
        vm.scanAll();

        vm.addFolder(broken);

        InspectorNode error = node(InspectorNode.Kind.ERROR, "CURRENT");
        assertThat(error.label()).contains(broken.toString());
        vm.selectNode(error.id());
        assertThat(vm.valueProperty().get()).contains("CURRENT");
        assertThat(node(InspectorNode.Kind.ORIGIN, BrowserFixtures.ORIGIN).count()).as("what was readable is shown").isPositive();
        assertThat(node(InspectorNode.Kind.SOURCE, "The app's store").count()).isEqualTo(1);
    }

    @Test
    void deletingFromTheAppsStoreAsksBacksUpAndUndoPutsItBack() throws Exception {
        storeToken(NOW.plus(Duration.ofHours(1)));
        byte[] before = Files.readAllBytes(store.file());
        vm.scanAll();
        vm.selectNode(node(InspectorNode.Kind.SOURCE, "The app's store").id());
        EntryRow row = row(BrowserFixtures.KEY);
        assertThat(row.state()).isEqualTo(HealthState.VALID);
        vm.selectRow(row);
        assertThat(vm.valueProperty().get()).doesNotContain(ACCESS);
        assertThat(vm.canDelete().get()).isTrue();
        assertThat(vm.canShowInStatus().get()).as("it already is the app's token").isFalse();

        dialogs.answerYes = false;
        vm.deleteSelected();
        assertThat(Files.exists(store.file())).isTrue();

        dialogs.answerYes = true;
        vm.deleteSelected();
        assertThat(dialogs.confirmations).hasSize(2);
        assertThat(Files.exists(store.file())).isFalse();
        assertThat(store.backups()).hasSize(1);
        assertThat(Files.readAllBytes(store.backups().get(0))).isEqualTo(before);
        assertThat(actions.storeChanges).isEqualTo(1);
        assertThat(vm.infoProperty().get()).contains("Deleted coze_oauth_tokens").contains(store.backups().get(0).toString());
        assertThat(vm.rows()).isEmpty();

        assertThat(vm.canUndo().get()).isTrue();
        vm.undo();
        assertThat(Files.readAllBytes(store.file())).isEqualTo(before);
        assertThat(actions.storeChanges).isEqualTo(2);
        assertThat(vm.rows()).extracting(EntryRow::key).containsExactly(BrowserFixtures.KEY);
    }

    @Test
    void theLivePageIsReadThroughItsStorageAndClearingBacksUpFirstAndUndoWritesItBack() throws Exception {
        vm.scanAll();
        FakePage page = new FakePage(LIVE_ORIGIN);
        String old = cozeJson(ACCESS, NOW.minus(Duration.ofMinutes(5)));
        page.items.put(BrowserFixtures.KEY, old);
        page.items.put("theme", "dark");

        vm.web().pageLoaded(page);

        InspectorNode live = node(InspectorNode.Kind.ORIGIN, LIVE_ORIGIN + " (live page)");
        assertThat(live.count()).isEqualTo(2);
        vm.selectNode(live.id());
        assertThat(row(BrowserFixtures.KEY).state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);
        assertThat(row(BrowserFixtures.KEY).modified()).isEqualTo("live page");
        assertThat(vm.noteProperty().get()).isEmpty();
        assertThat(vm.canClearCoze().get()).isTrue();

        vm.clearCozeTokens();

        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(page.items).containsOnlyKeys("theme");
        List<Path> backups;
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            backups = files.filter(p -> p.getFileName().toString().startsWith("page-")).toList();
        }
        assertThat(backups).hasSize(1);
        String backup = Files.readString(backups.get(0));
        assertThat(backup).contains("\"origin\":\"" + LIVE_ORIGIN + "\"").contains("\"key\":\"coze_oauth_tokens\"").contains(ACCESS);
        assertThat(ownerOnly(backups.get(0))).isTrue();
        assertThat(store.backups()).as("the token store's undo never sees page backups").isEmpty();
        assertThat(vm.rows()).extracting(EntryRow::key).containsExactly("theme");

        vm.undo();
        assertThat(page.items).containsEntry(BrowserFixtures.KEY, old);
        assertThat(Files.exists(backups.get(0))).isFalse();
        assertThat(data.resolve("backups/undone").resolve(backups.get(0).getFileName())).exists();
        assertThat(vm.rows()).extracting(EntryRow::key).contains(BrowserFixtures.KEY);
    }

    @Test
    void withoutALivePageTheWebViewOriginIsReadOnlyAndSaysHowToChangeIt() throws Exception {
        FakePage page = new FakePage(LIVE_ORIGIN);
        page.items.put(BrowserFixtures.KEY, cozeJson(ACCESS, NOW.plus(Duration.ofHours(1))));
        vm.scanAll();
        vm.web().pageLoaded(page);
        InspectorNode live = node(InspectorNode.Kind.ORIGIN, LIVE_ORIGIN);
        vm.selectNode(live.id());
        assertThat(vm.canClearCoze().get()).isTrue();

        vm.web().pageFailed("http://localhost:8082/coze-test", "Connection refused");

        assertThat(vm.web().offerSandboxProperty().get()).isTrue();
        assertThat(vm.web().messageProperty().get()).contains("Nothing answers at http://localhost:8082/coze-test");
        assertThat(vm.canClearCoze().get()).isFalse();
        vm.web().openSandbox();
        assertThat(vm.web().pageUrlProperty().get()).isEqualTo("http://127.0.0.1:9/coze-test");
    }

    @Test
    void showInStatusImportsTheTokenThroughTheStatusScreenWithABackup() throws Exception {
        storeToken(NOW.minus(Duration.ofHours(2)));
        byte[] before = Files.readAllBytes(store.file());
        TokenParser parser = new TokenParser(clock);
        TokenStatusViewModel status = new TokenStatusViewModel(new StoredTokens(store, parser), parser,
                () -> new HealthEvaluator(HealthPolicy.DEFAULT), clock, BackgroundExecutor.sameThread(), dialogs,
                new RecordingNotifier(), clipboard, messages);
        FakePage page = new FakePage(LIVE_ORIGIN);
        String fresh = cozeJson("czu_FreshFromThePage0123456789abcdef", NOW.plus(Duration.ofHours(1)));
        page.items.put(BrowserFixtures.KEY, fresh);
        vm.scanAll();
        vm.web().pageLoaded(page);
        vm.selectNode(node(InspectorNode.Kind.ORIGIN, LIVE_ORIGIN).id());
        vm.selectRow(row(BrowserFixtures.KEY));
        assertThat(vm.canShowInStatus().get()).isTrue();

        vm.showInStatus();
        status.importText(actions.shown.get(0), actions.sources.get(0));

        assertThat(actions.shown).containsExactly(fresh);
        assertThat(new String(Files.readAllBytes(store.file()), StandardCharsets.UTF_8)).contains("czu_FreshFromThePage");
        assertThat(Files.readAllBytes(store.backups().get(0))).isEqualTo(before);
        assertThat(status.health().state()).isEqualTo(HealthState.VALID);
        assertThat(actions.followed).as("the app's own store is no launch candidate").isEmpty();
        assertThat(messages.format(status.subjectProperty().get().source())).isEqualTo("WebView — " + LIVE_ORIGIN + " (key coze_oauth_tokens)");
    }

    @Test
    void writingTheAppsTokensIntoThePageUsesCozesShapeAfterABackupAndUndoRestoresTheOldValue() throws Exception {
        storeToken(NOW.plus(Duration.ofMinutes(30)));
        FakePage page = new FakePage(LIVE_ORIGIN);
        page.items.put(BrowserFixtures.KEY, "{\"access_token\":\"czu_OldPageValue0123456789\",\"expires_in\":1}");
        vm.scanAll();
        vm.web().open();
        vm.web().pageLoaded(page);

        vm.web().writeAppTokens();

        assertThat(page.items.get(BrowserFixtures.KEY)).isEqualTo("{\"access_token\":\"" + ACCESS
                + "\",\"refresh_token\":\"rt_InspectorCanaryRefresh\",\"expires_in\":" + NOW.plus(Duration.ofMinutes(30)).getEpochSecond()
                + ",\"token_type\":\"Bearer\"}");
        assertThat(vm.web().messageProperty().get()).contains("Wrote the app's tokens");
        assertThat(vm.web().pageUrlProperty().get()).as("the page is reloaded").isEqualTo(WebAppViewModel.DEFAULT_URL);
        vm.web().pageLoaded(page);
        assertThat(vm.canUndo().get()).isTrue();

        vm.undo();
        assertThat(page.items.get(BrowserFixtures.KEY)).contains("czu_OldPageValue");
    }

    @Test
    void closingThePageForgetsTheLivePageAndTheStoresTreeNoLongerShowsIt() throws Exception {
        vm.scanAll();
        assertThat(vm.web().canClose().get()).as("nothing open yet").isFalse();
        FakePage page = new FakePage(LIVE_ORIGIN);
        page.items.put("theme", "dark");
        vm.web().open();
        vm.web().pageLoaded(page);
        assertThat(node(InspectorNode.Kind.ORIGIN, LIVE_ORIGIN + " (live page)")).isNotNull();
        assertThat(vm.web().canClose().get()).isTrue();

        vm.web().close();

        assertThat(vm.web().pageOpenProperty().get()).isFalse();
        assertThat(vm.web().liveOriginProperty().get()).isEmpty();
        assertThat(vm.web().pageUrlProperty().get()).isEmpty();
        assertThat(vm.web().canWrite().get()).isFalse();
        assertThat(vm.web().canClose().get()).isFalse();
        assertThat(vm.web().messageProperty().get()).startsWith("Page closed");
        assertThat(flatten(vm.treeProperty().get())).extracting(InspectorNode::label).noneMatch(l -> l.endsWith("(live page)"));

        vm.web().open();
        assertThat(vm.web().pageOpenProperty().get()).isTrue();
        assertThat(vm.web().pageUrlProperty().get()).isEqualTo(WebAppViewModel.DEFAULT_URL);
    }

    @Test
    void aPageWithoutTheKeyGetsItAndUndoRemovesItAgain() throws Exception {
        storeToken(NOW.plus(Duration.ofMinutes(30)));
        FakePage page = new FakePage(LIVE_ORIGIN);
        vm.web().pageLoaded(page);
        vm.web().writeAppTokens();
        assertThat(page.items).containsKey(BrowserFixtures.KEY);
        vm.web().pageLoaded(page);
        vm.undo();
        assertThat(page.items).isEmpty();
    }

    @Test
    void theFilterKeepsMatchingEntriesAndTheirCounts() throws Exception {
        vm.addFolder(BrowserFixtures.copy(BrowserFixtures.CHROMIUM_USER_DATA.resolve("Profile 1"), dir.resolve("p1/Profile 1")));
        InspectorNode source = node(InspectorNode.Kind.SOURCE, "Profile 1");
        int all = source.count();
        vm.filterProperty().set("coze_oauth");
        InspectorNode filtered = node(InspectorNode.Kind.SOURCE, "Profile 1");
        assertThat(filtered.count()).isLessThan(all).isPositive();
        vm.selectNode(filtered.id());
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.key()).contains("coze_oauth"));
    }

    @Test
    void everyRunningStateHasItsSentenceInBothLanguages() {
        for (Messages m : new Messages[] {new Messages(Messages.ENGLISH), new Messages(Messages.CHINESE)}) {
            for (BrowserActivity.State state : BrowserActivity.State.values()) {
                assertThat(m.has("inspector.running." + state.name())).as(m.locale() + " " + state).isTrue();
            }
        }
    }

    @Test
    void tokenFinderConstantIsTheGuidesKey() {
        assertThat(TokenFinder.KEY).isEqualTo(BrowserFixtures.KEY);
    }
}
