package dev.tokendoctor.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.oauth.refresh.AutomaticRefresh;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.testing.MemoryClipboard;
import dev.tokendoctor.testing.MutableClock;
import dev.tokendoctor.testing.RecordingDialogs;
import dev.tokendoctor.testing.RecordingNotifier;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.common.Notifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status view model with a stepping clock and a same-thread executor: no toolkit, no sleeping. */
class TokenStatusViewModelTest {

    static final Instant START = Instant.parse("2026-11-27T10:00:00Z");
    static final String CANARY_ACCESS = "czu_CANARYaccess7f3e9d2c1b0a99887766554433221100";
    static final String CANARY_REFRESH = "CANARYrefresh5a4b3c2d1e0f";

    @TempDir
    Path dir;
    MutableClock clock;
    RecordingDialogs dialogs;
    RecordingNotifier notifier;
    MemoryClipboard clipboard;
    FileTokenStore store;
    TokenStatusViewModel vm;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(START);
        dialogs = new RecordingDialogs();
        notifier = new RecordingNotifier();
        clipboard = new MemoryClipboard();
        store = new FileTokenStore(dir, clock);
        TokenParser parser = new TokenParser(clock);
        vm = new TokenStatusViewModel(new StoredTokens(store, parser), parser,
                () -> new HealthEvaluator(HealthPolicy.DEFAULT), clock, BackgroundExecutor.sameThread(),
                dialogs, notifier, clipboard, new Messages(Messages.ENGLISH));
    }

    static String cozeJson(Instant expires, Instant issued) {
        return "{\"access_token\":\"" + CANARY_ACCESS + "\",\"refresh_token\":\"" + CANARY_REFRESH
                + "\",\"expires_in\":" + expires.getEpochSecond() + ",\"obtained_at\":" + issued.getEpochSecond() + "}";
    }

    @Test
    void startsMissingWithTheStepsToGetAToken() {
        vm.loadStored();
        assertThat(vm.health().state()).isEqualTo(HealthState.MISSING);
        assertThat(vm.countdown()).isEqualTo("--:--:--");
        assertThat(vm.text().cardSteps()).isNotEmpty();
        assertThat(vm.canClear().get()).isFalse();
    }

    @Test
    void theKeptWordsAreAlwaysTheWordsMadeAfreshThroughEveryRolloverOfEveryTimeTheyShow() {
        // tokens from minutes to a month, issued up to two days ago, the automatic refresh planned or not;
        // the clock stepped second by second and in jumps: after every tick the words kept between
        // ticks must be exactly the words made from scratch at that instant
        java.util.Random random = new java.util.Random(20261202);
        AutomaticRefresh[] planned = {null};
        vm.connect(new TokenActions() {
            @Override
            public dev.tokendoctor.oauth.client.OAuthOutcome refreshNow() {
                return new dev.tokendoctor.oauth.client.OAuthOutcome.Cancelled("test");
            }

            @Override
            public void reauthorize() {
            }

            @Override
            public AutomaticRefresh automaticRefresh() {
                return planned[0] == null ? AutomaticRefresh.NOT_CONNECTED : planned[0];
            }
        });
        int reused = 0;
        for (int token = 0; token < 40; token++) {
            Instant now = clock.instant();
            Instant expires = now.plusSeconds(60 + random.nextInt(token % 2 == 0 ? 2 * 86_400 : 31 * 86_400));
            Instant issued = now.minusSeconds(random.nextInt(2 * 86_400));
            planned[0] = random.nextBoolean() ? null
                    : new AutomaticRefresh(AutomaticRefresh.Mode.SCHEDULED, expires.minusSeconds(60 + random.nextInt(600)));
            vm.pasteTextProperty().set(cozeJson(expires, issued));
            vm.checkPastedText();
            for (int step = 0; step < 400; step++) {
                StatusText before = vm.text();
                clock.step(step % 50 == 49 ? Duration.ofSeconds(random.nextInt(7200)) : Duration.ofMillis(1000 + random.nextInt(3) - 1));
                vm.tick();
                StatusText fresh = new StatusPresenter(new Messages(Messages.ENGLISH), clock.getZone())
                        .present(vm.subjectProperty().get(), vm.health(), null, planned[0] == null ? AutomaticRefresh.NOT_CONNECTED : planned[0], null);
                assertThat(vm.text()).as("token %d step %d at %s", token, step, clock.instant()).isEqualTo(fresh);
                if (vm.text() == before) {
                    reused++;
                }
            }
        }
        assertThat(reused).as("words kept rather than made again").isGreaterThan(40 * 400 / 4);
    }

    @Test
    void aTickThatMovesOnlyTheCountdownLeavesTheWordsAsTheyWere() {
        // a day's token: its sentences and details say "23 h 30 min", to the minute
        vm.pasteTextProperty().set(cozeJson(START.plus(Duration.ofHours(23).plusMinutes(30).plusSeconds(20)), START.minusSeconds(60)));
        vm.checkPastedText();
        StatusText words = vm.text();
        int[] changes = {0};
        vm.textProperty().addListener(o -> changes[0]++);
        assertThat(vm.countdown()).isEqualTo("23:30:20");

        int[] stateChanges = {0};
        vm.stateProperty().addListener(o -> stateChanges[0]++);
        clock.step(Duration.ofSeconds(1));
        vm.tick();
        assertThat(vm.countdown()).isEqualTo("23:30:19");
        assertThat(vm.text()).isSameAs(words);
        assertThat(changes[0]).isZero();
        assertThat(stateChanges[0]).as("the badge and the card follow the state, which a second does not change").isZero();
        assertThat(vm.stateProperty().get()).isEqualTo(HealthState.VALID);

        // a minute later the words follow
        clock.step(Duration.ofSeconds(60));
        vm.tick();
        assertThat(vm.countdown()).isEqualTo("23:29:19");
        assertThat(changes[0]).isEqualTo(1);
        assertThat(vm.text()).isNotEqualTo(words);
        assertThat(String.join(" ", vm.text().reasons()) + vm.text().refreshLeft()).doesNotContain("23 h 30 min");
    }

    @Test
    void pastedTokenExpiringInNineMinutesIsExpiringSoonAndTheCountdownFalls() {
        vm.pasteTextProperty().set(cozeJson(START.plusSeconds(540), START.minusSeconds(360)));
        vm.checkPastedText();

        assertThat(vm.health().state()).isEqualTo(HealthState.EXPIRING_SOON);
        assertThat(vm.countdown()).isEqualTo("00:09:00");
        assertThat(vm.text().lifetimeUsed()).isEqualTo(0.4);
        assertThat(vm.text().accessFingerprint()).startsWith("czu_…(").doesNotContain("CANARY");
        assertThat(vm.pasteTextProperty().get()).isEmpty();
        assertThat(vm.canClear().get()).isTrue();

        clock.step(Duration.ofSeconds(1));
        vm.tick();
        assertThat(vm.countdown()).isEqualTo("00:08:59");
        assertThat(vm.stateProperty().get()).isEqualTo(HealthState.EXPIRING_SOON);

        clock.step(Duration.ofSeconds(539));
        vm.tick();
        assertThat(vm.health().state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);
        assertThat(vm.countdown()).isEqualTo("00:00:00");
        assertThat(vm.stateProperty().get()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);
        assertThat(vm.text().countdownCaption()).contains("expired");
        assertThat(notifier.shown).extracting(RecordingNotifier.Shown::severity).containsExactly(Notifier.Severity.ERROR);
    }

    @Test
    void notifiesOnceWhenTheTokenEntersExpiringSoonAndOnceWhenItExpires() {
        vm.pasteTextProperty().set(cozeJson(START.plus(Duration.ofMinutes(11)), START));
        vm.checkPastedText();
        assertThat(vm.health().state()).isEqualTo(HealthState.VALID);
        assertThat(notifier.shown).isEmpty();

        clock.step(Duration.ofMinutes(1));
        vm.tick();
        vm.tick();
        assertThat(notifier.shown).extracting(RecordingNotifier.Shown::severity).containsExactly(Notifier.Severity.WARNING);

        clock.step(Duration.ofMinutes(10));
        vm.tick();
        assertThat(notifier.shown).extracting(RecordingNotifier.Shown::severity)
                .containsExactly(Notifier.Severity.WARNING, Notifier.Severity.ERROR);
        assertThat(notifier.shown).allSatisfy(n -> assertThat(n.text()).doesNotContain("CANARY"));

        vm.notificationsEnabledProperty().set(false);
        vm.pasteTextProperty().set(cozeJson(START.plus(Duration.ofMinutes(40)), START));
        vm.checkPastedText();
        clock.step(Duration.ofMinutes(30));
        vm.tick();
        assertThat(notifier.shown).hasSize(2);
    }

    @Test
    void badPasteSaysWhatIsWrongAndKeepsTheStoredToken() throws Exception {
        vm.pasteTextProperty().set(cozeJson(START.plusSeconds(3600), START));
        vm.checkPastedText();
        byte[] before = store.read().orElseThrow();

        vm.pasteTextProperty().set("{\"access_token\": \"czu_x\",\n \"expires_in\": }");
        vm.checkPastedText();

        assertThat(vm.errorProperty().get()).contains("line 2").contains("column");
        assertThat(vm.health().state()).isEqualTo(HealthState.VALID);
        assertThat(store.read()).get().isEqualTo(before);
    }

    @Test
    void clearAsksFirstKeepsABackupAndUndoRestoresIt() throws Exception {
        vm.pasteTextProperty().set(cozeJson(START.plusSeconds(3600), START));
        vm.checkPastedText();
        byte[] before = store.read().orElseThrow();

        dialogs.answerYes = false;
        vm.clearTokens();
        assertThat(vm.health().state()).isEqualTo(HealthState.VALID);

        dialogs.answerYes = true;
        vm.clearTokens();
        assertThat(dialogs.confirmations).hasSize(2);
        assertThat(vm.health().state()).isEqualTo(HealthState.MISSING);
        assertThat(store.read()).isEmpty();
        assertThat(vm.canUndo().get()).isTrue();

        vm.undo();
        assertThat(vm.health().state()).isEqualTo(HealthState.VALID);
        assertThat(store.read()).get().isEqualTo(before);
    }

    @Test
    void copiedStatusCarriesFingerprintsButNeverTheTokens() {
        vm.pasteTextProperty().set(cozeJson(START.plusSeconds(300), START));
        vm.checkPastedText();
        vm.revealedProperty().set(true);
        assertThat(vm.revealedAccessProperty().get()).isEqualTo(CANARY_ACCESS);

        vm.copyStatus();

        assertThat(clipboard.content).contains("Expiring soon").contains("czu_…(")
                .doesNotContain("CANARY");
    }

    @Test
    void opensAFileAndRefusesHugeOrBinaryOnesWithASentence() throws Exception {
        Path good = dir.resolve("token.json");
        Files.writeString(good, cozeJson(START.plusSeconds(3600), START));
        dialogs.fileToOpen = good;
        vm.openFile();
        assertThat(vm.health().state()).isEqualTo(HealthState.VALID);
        assertThat(vm.text().source()).contains("token.json");

        Path binary = dir.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        vm.openPath(binary);
        assertThat(vm.errorProperty().get()).contains("zero byte");

        Path huge = dir.resolve("huge.json");
        Files.write(huge, new byte[(int) TokenStatusViewModel.MAX_FILE_BYTES + 1]);
        vm.openPath(huge);
        assertThat(vm.errorProperty().get()).contains("MB");

        vm.openPath(dir.resolve("absent.json"));
        assertThat(vm.errorProperty().get()).contains("absent.json");
        assertThat(vm.health().state()).isEqualTo(HealthState.VALID);
    }

    @Test
    void aCorruptStoreIsReportedAsMalformedAndMovedAside() throws Exception {
        Files.writeString(store.file(), "{\"access_token\": 42}");
        vm.loadStored();
        assertThat(vm.health().state()).isEqualTo(HealthState.MALFORMED);
        assertThat(vm.errorProperty().get()).contains("corrupt");
        assertThat(store.read()).isEmpty();
    }

    @Test
    void switchingLanguageRerendersEveryText() {
        vm.pasteTextProperty().set(cozeJson(START.plusSeconds(300), START));
        vm.checkPastedText();
        vm.relocalize(new Messages(Messages.CHINESE));
        assertThat(vm.text().stateName()).isEqualTo("即将过期");
        assertThat(vm.text().reasons().get(0)).contains("访问令牌");
    }
}
