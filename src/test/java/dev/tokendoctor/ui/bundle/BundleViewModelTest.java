package dev.tokendoctor.ui.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.testing.RecordingDialogs;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The viewer's view model without a robot: the fixture laid out, a wrong file as a sentence, a language switch. */
class BundleViewModelTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixtures/bundles/main-2026-12-01.zip");

    @TempDir
    Path dir;
    final RecordingDialogs dialogs = new RecordingDialogs();

    private BundleViewModel vm(Messages messages) {
        return new BundleViewModel(BackgroundExecutor.sameThread(), dialogs, messages, ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void thePickedBundleIsLaidOutAsSomeoneElsesMachine() {
        BundleViewModel vm = vm(new Messages(Messages.ENGLISH));
        dialogs.fileToOpen = FIXTURE;
        vm.chooseAndOpen();
        BundlePage page = vm.page();
        assertThat(page.banner()).startsWith("Someone else's machine").contains("+08:00").contains("UTC 2026-12-01");
        assertThat(page.stateName()).isEqualTo("Expired: refresh it");
        assertThat(page.status()).extracting(BundlePage.Detail::name).contains("Source", "Access token", "Refresh token");
        assertThat(page.status()).extracting(BundlePage.Detail::value).contains("czu_…(68)#e567c463");
        assertThat(page.findings()).extracting(BundlePage.FindingText::title)
                .contains("The refresh token was used twice (REFRESH_TOKEN_REUSED)");
        assertThat(page.network()).anyMatch(l -> l.contains("DNS")).anyMatch(l -> l.startsWith("Their clock"));
        assertThat(page.exchanges()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.exchanges().get(0).detail()).contains("POST");
        assertThat(page.config()).isNotEmpty();
        assertThat(page.system()).extracting(BundlePage.Detail::name).startsWith("app", "os");

        vm.relocalize(new Messages(Messages.CHINESE));
        assertThat(vm.page().banner()).startsWith("他人的电脑");
        assertThat(vm.page().findings().get(0).title()).startsWith("刷新令牌");
        vm.close();
        assertThat(vm.page()).isNull();
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
}
