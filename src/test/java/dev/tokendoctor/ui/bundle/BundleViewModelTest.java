package dev.tokendoctor.ui.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.report.BundleInput;
import dev.tokendoctor.report.SupportBundle;
import dev.tokendoctor.core.token.HealthState;
import dev.tokendoctor.testing.MemoryClipboard;
import dev.tokendoctor.testing.RecordingDialogs;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import dev.tokendoctor.ui.netlog.ExchangeRow;
import dev.tokendoctor.ui.netlog.NetworkLogViewModel;
import dev.tokendoctor.ui.status.StatusText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The viewer's view model without a robot: the fixture laid out for the app's own views, a wrong file as a sentence, a language switch. */
class BundleViewModelTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixtures/bundles/main-2026-12-01.zip");

    @TempDir
    Path dir;
    final RecordingDialogs dialogs = new RecordingDialogs();

    private BundleViewModel vm(Messages messages) {
        return new BundleViewModel(BackgroundExecutor.sameThread(), dialogs, new MemoryClipboard(), messages, ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void thePickedBundleIsLaidOutAsSomeoneElsesMachine() {
        BundleViewModel vm = vm(new Messages(Messages.ENGLISH));
        dialogs.fileToOpen = FIXTURE;
        vm.chooseAndOpen();
        BundlePage page = vm.page();
        assertThat(page.banner()).startsWith("Someone else's machine").contains("2026-12-02 05:58:23 +08:00 (2026-12-01 21:58:23 UTC)");

        // the Status screen's card, as the user saw it when the bundle was made
        assertThat(vm.status().healthProperty().get().state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);
        StatusText card = vm.status().textProperty().get();
        assertThat(card.stateName()).isEqualTo("Expired: refresh it");
        assertThat(card.accessFingerprint()).isEqualTo("czu_…(68)#e567c463");
        assertThat(card.refreshFingerprint()).isEqualTo("1_…(48)#8f9cfd4b");
        assertThat(card.source()).isEqualTo("Chrome — Default, http://localhost:8082");
        assertThat(vm.status().countdownProperty().get()).isEqualTo("00:00:00");
        assertThat(card.countdownCaption()).isEqualTo("expired 00:08:02 before the bundle was made");
        assertThat(card.expiresUtc()).isEqualTo("2026-12-01 21:50:22 UTC");
        assertThat(card.expiresLocal()).isEqualTo("2026-12-02 05:50:22 (Asia/Shanghai)");
        assertThat(card.reasons()).contains("The access token expired 00:08:01 ago.");
        assertThat(card.cardTitle()).isNotBlank();
        assertThat(card.cardSteps()).isNotEmpty();

        // the wizard's words for the diagnosis, with the evidence and the logid
        assertThat(page.findings()).extracting(BundlePage.FindingText::title)
                .contains("The refresh token was used twice (REFRESH_TOKEN_REUSED)");
        assertThat(page.findings().get(0).paragraph()).contains("Evidence: HTTP 400")
                .contains("Coze logid (quote it to Coze support): 179616170319772D379AD1DE2AE0F2E94");
        assertThat(page.findings().get(0).remedies()).hasSize(3);
        assertThat(page.network()).anyMatch(l -> l.startsWith("✔ DNS")).anyMatch(l -> l.startsWith("Their clock"));
        assertThat(page.config()).isNotEmpty();
        assertThat(page.system()).extracting(BundlePage.Detail::name).startsWith("app", "os");

        // the Network log screen's own view model, read-only
        NetworkLogViewModel log = vm.netLogProperty().get();
        assertThat(log.readOnly()).isTrue();
        assertThat(log.exchanges()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(log.exchanges()).extracting(ExchangeRow::method).first().isEqualTo("POST");
        assertThat(log.exchanges().get(0).text()).contains("Content-Type: application/json");
        log.clear();
        assertThat(log.exchanges()).hasSizeGreaterThanOrEqualTo(3);

        vm.relocalize(new Messages(Messages.CHINESE));
        assertThat(vm.page().banner()).startsWith("他人的电脑");
        assertThat(vm.page().findings().get(0).title()).startsWith("刷新令牌");
        assertThat(vm.status().textProperty().get().stateName()).isEqualTo(new Messages(Messages.CHINESE).get("state.EXPIRED_REFRESHABLE"));
        vm.close();
        assertThat(vm.page()).isNull();
        assertThat(vm.netLogProperty().get()).isNull();
        assertThat(vm.status().textProperty().get()).isNull();
    }

    /**
     * A bundle written now carries the token's source and reasons in Chinese too, so a Chinese reader
     * sees the whole card in Chinese; the fixture from before that shows its English, never a mix.
     */
    @Test
    void theCardsSourceAndReasonsAreInTheReadersLanguageWhenTheBundleCarriesThem() throws Exception {
        java.time.Instant made = java.time.Instant.parse("2026-12-02T08:00:00Z");
        TokenRecord record = new TokenRecord("czu_BundleCardLanguage0123456789abcdef", "rt_BundleCardLanguage0123456789",
                made.minusSeconds(300), made.minusSeconds(1200), made.minusSeconds(1200), null, null);
        Path bundle = dir.resolve("now.zip");
        SupportBundle.build(BundleInput.at(made, ZoneId.of("Asia/Shanghai"))
                .withToken(record, new HealthEvaluator(HealthPolicy.DEFAULT).evaluate(record, made), Msg.of("source.paste")))
                .writeTo(bundle);

        BundleViewModel chinese = vm(new Messages(Messages.CHINESE));
        chinese.open(bundle);
        StatusText card = chinese.status().textProperty().get();
        assertThat(card.source()).isEqualTo("粘贴的文本");
        assertThat(card.reasons()).hasSize(2).allSatisfy(r -> assertThat(r).doesNotContainPattern("[A-Za-z]{4,}"));
        assertThat(card.reasons().get(0)).startsWith("访问令牌已于");

        BundleViewModel english = vm(new Messages(Messages.ENGLISH));
        english.open(bundle);
        assertThat(english.status().textProperty().get().source()).isEqualTo("Pasted text");
        assertThat(english.status().textProperty().get().reasons().get(0)).startsWith("The access token expired");

        chinese.open(FIXTURE); // written before the Chinese lines were added: its English, whole
        assertThat(chinese.status().textProperty().get().reasons()).containsExactly(
                "The access token expired 00:08:01 ago.", "The refresh token should still work for 29d 23:49:59: refresh now.");
    }

    @Test
    void aFileThatIsNotABundleIsOneSentenceAndNoPage() throws Exception {
        BundleViewModel vm = vm(new Messages(Messages.CHINESE));
        Path notes = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        vm.open(notes);
        assertThat(vm.page()).isNull();
        assertThat(vm.errorProperty().get()).isEqualTo("notes.zip 不是支持包（不是 zip）。");
        assertThat(dialogs.errors).hasSize(1);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aDroppedFileThatIsNotABundleIsASentenceNotADialogAndTheOpenBundleStays() throws Exception {
        BundleViewModel vm = vm(new Messages(Messages.ENGLISH));
        assertThat(vm.dropped(List.of(FIXTURE))).isTrue();
        BundlePage open = vm.page();

        assertThat(vm.dropped(List.of(Files.writeString(dir.resolve("notes.txt"), "hello")))).isFalse();
        assertThat(vm.errorProperty().get()).startsWith("notes.txt: not a support bundle.");
        assertThat(vm.dropped(List.of(Files.writeString(dir.resolve("fake.zip"), "not a zip")))).isTrue();
        assertThat(vm.errorProperty().get()).isEqualTo("fake.zip is not a support bundle (not a zip).");
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.page()).isSameAs(open);
        vm.dismissError();
        assertThat(vm.errorProperty().get()).isEmpty();
    }
}
